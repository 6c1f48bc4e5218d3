package org.sxbelt.agents;

/**
 * A place's hiring in one month, as an outsider would measure it: how many applied (town seekers waiting
 * there included), how many were hired, and the hire chance the applicants believed when they applied.
 * {@link #close()} keeps last month's figures: the <em>realised</em> hire rate (hires per applicant) and
 * the mean <em>believed</em> one, so that beliefs can be checked against outcomes. Beliefs themselves are
 * held by the seekers (see {@code model.Expectations}), not here.
 */
public final class HiringTally implements java.io.Serializable {

    private int applicants;
    private int hires;
    private double believed;
    private int lastApplicants;
    private int lastHires;
    private double lastBelieved = Double.NaN;

    /** An application by a seeker who believed the hire chance to be {@code believedChance}. */
    public void countApplicant(double believedChance) {
        applicants++;
        believed += believedChance;
    }

    public void countHire() { hires++; }

    /** Applicants so far this month. */
    public int applicants() { return applicants; }

    /** Hires so far this month. */
    public int hires() { return hires; }

    /** This month's hires per applicant so far; NaN when nobody applied. */
    public double realisedRate() { return applicants == 0 ? Double.NaN : (double) hires / applicants; }

    /** Ends the month: its figures become last month's, the counts start again. */
    public void close() {
        lastApplicants = applicants;
        lastHires = hires;
        lastBelieved = applicants == 0 ? Double.NaN : believed / applicants;
        applicants = 0;
        hires = 0;
        believed = 0;
    }

    public int lastApplicants() { return lastApplicants; }

    public int lastHires() { return lastHires; }

    /** Last month's hires per applicant; NaN when nobody applied. */
    public double lastRealisedRate() { return lastApplicants == 0 ? Double.NaN : (double) lastHires / lastApplicants; }

    /** Last month's mean hire chance its applicants believed in; NaN when nobody applied. */
    public double lastBelievedRate() { return lastBelieved; }
}
