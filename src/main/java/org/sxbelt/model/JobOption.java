package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;

/**
 * One alternative a job seeker weighs: where the job is, what it pays, what it costs to take
 * (commuting, dormitory, migration), the chance of being hired (what peers say about last month),
 * and the non-monetary cost of living away from home. Reused between seekers to avoid garbage.
 */
public final class JobOption implements java.io.Serializable {

    Status status;
    Firm firm;
    Town town;
    DistantMarket market;
    double grossWage;
    double cost;
    double hireChance;
    /** Log-point utility cost of living away from the household (zero for daily commuting). */
    double attachment;
    /** Applying means going away to search: a rejected applicant loses the month's home income. */
    boolean away;
    /** Scratch of the logit choice rule (the option's utility, then its unnormalised share). */
    double utility;

    /**
     * A job in no particular place (for checks of the choice rules and for sure offers such as escorted
     * transfers): it pays {@code grossWage}, costs {@code cost} to take, is got with {@code hireChance}.
     */
    public static JobOption of(Status status, double grossWage, double cost, double hireChance, double attachment,
                               boolean away) {
        JobOption o = new JobOption();
        o.set(status, null, null, null, grossWage, cost, hireChance, attachment, away);
        return o;
    }

    void set(Status status, Firm firm, Town town, DistantMarket market, double grossWage, double cost,
             double hireChance, double attachment, boolean away) {
        this.status = status;
        this.firm = firm;
        this.town = town;
        this.market = market;
        this.grossWage = grossWage;
        this.cost = cost;
        this.hireChance = hireChance;
        this.attachment = attachment;
        this.away = away;
    }

    /** Pay net of the cost of taking the job. */
    public double net() { return grossWage - cost; }

    /**
     * Expected income if the seeker applies: hired with hireChance; otherwise the fallback, except
     * for jobs that must be sought away from home: there a failed search costs the month's home income
     * and the cost of being there (the Harris-Todaro migrant who waits in town instead of farming, and
     * pays for the bed while waiting), so {@code hireChance * gross - cost}.
     */
    public double expected(double fallback) {
        return away ? hireChance * grossWage - cost : hireChance * net() + (1 - hireChance) * fallback;
    }

    public boolean away() { return away; }

    public Status status() { return status; }
    public double hireChance() { return hireChance; }
    public double attachment() { return attachment; }
}
