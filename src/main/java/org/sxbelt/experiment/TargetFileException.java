package org.sxbelt.experiment;

/**
 * A problem in a calibration target file, as one line naming the file, the line and the column,
 * e.g. {@code targets.csv line 7, column 9 (target_low): "abc" is not a number}.
 */
public final class TargetFileException extends RuntimeException {

    public TargetFileException(String message) {
        super(message);
    }

    public TargetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
