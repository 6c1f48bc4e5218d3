package org.sxbelt.experiment.calibration;

/**
 * A problem with a calibration's inputs or folder, as one line naming the file, key and allowed range,
 * e.g. {@code free-parameters.csv line 4: labor.quitRate: low 0.6 is above high 0.04}.
 */
public final class CalibrationException extends RuntimeException {

    public CalibrationException(String message) {
        super(message);
    }

    public CalibrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
