package org.sxbelt.experiment.sweep;

/**
 * A mistake in an experiment file or an experiment folder, as one line that names the file, the
 * key and what is allowed (e.g. {@code smoke.toml line 9: factors[1].max: policy.subsidyMonths = 400
 * is out of range: expected a whole number in [0, 360] (months)}).
 */
public final class ExperimentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }

    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
