package org.sxbelt.agents;

/**
 * What job seekers believe about their chance of being hired at one place (a town's park or a
 * distant market): an adaptive expectation, revised each month toward hires per applicant; when
 * jobs were open and nobody applied, revised up by the same proportion (word gets round that jobs go
 * begging, without anyone learning the true chance), so expectations neither freeze nor overshoot.
 */
public final class HireExpectation {

    /** Floor of the expectation, so that it can recover from zero. */
    static final double FLOOR = 0.01;
    private static final double INITIAL = 0.5;

    private double rate = INITIAL;
    private int applicants;
    private int hires;

    public double rate() { return rate; }

    public void countApplicant() { applicants++; }

    public void countHire() { hires++; }

    public int hires() { return hires; }

    /** Applicants counted so far this month. */
    public int applicants() { return applicants; }

    /** Ends the month: revises the expectation with weight {@code smoothing} on this month. */
    public void close(double smoothing, boolean hadVacancies) {
        if (applicants > 0) {
            rate = (1 - smoothing) * rate + smoothing * ((double) hires / applicants);
        } else if (hadVacancies) {
            rate = Math.min(1, Math.max(FLOOR, rate) * (1 + smoothing));
        }
        applicants = 0;
        hires = 0;
    }
}
