package org.sxbelt.experiment.theory;

/**
 * One measured quantity beside its closed form: it passes when {@code |model − closedForm| ≤ tolerance}
 * (the tolerance is an absolute allowance, already converted from a relative one where the check states
 * one).
 */
public record TheoryLine(String quantity, double model, double closedForm, double tolerance, boolean pass) {

    public TheoryLine {
        if (quantity == null || quantity.isBlank()) throw new IllegalArgumentException("quantity needs a name");
        if (!(tolerance >= 0)) throw new IllegalArgumentException("tolerance must be at least 0, got " + tolerance);
    }

    /** Passes within an absolute allowance. */
    public static TheoryLine within(String quantity, double model, double closedForm, double tolerance) {
        return new TheoryLine(quantity, model, closedForm, tolerance, Math.abs(model - closedForm) <= tolerance);
    }

    /** Passes within a share {@code relative} of the closed form. */
    public static TheoryLine withinShare(String quantity, double model, double closedForm, double relative) {
        return within(quantity, model, closedForm, relative * Math.abs(closedForm));
    }
}
