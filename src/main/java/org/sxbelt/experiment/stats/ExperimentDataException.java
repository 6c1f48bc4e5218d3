package org.sxbelt.experiment.stats;

/**
 * An experiment folder's files are missing or malformed. The message names the file (and the line
 * when there is one) and what is wrong, in one line, for the CLI's {@code error: ...}.
 */
public final class ExperimentDataException extends RuntimeException {

    public ExperimentDataException(String message) {
        super(message);
    }

    public ExperimentDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
