package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Care duties from household composition, and the public services that release them. A household has
 * a care need when a member is under 6 (pre-school), 6-14 (school age) or 70 and over (elderly). Each
 * kind of need is covered for a share of households: kindergarten and nursery places, boarding-school
 * places and elder-care places ({@code policy.kindergartenCoverage}, {@code policy.boardingCoverage},
 * {@code policy.elderCareCoverage}); at a relocation site, its own kindergarten and boarding school cover
 * at least the share {@link org.sxbelt.agents.Village#siteSchoolCoverage()}. A woman aged 20-59 of a household with a need not covered carries
 * the duty ({@link Persons#CARE}) if her own draw falls below {@code labor.careShareWomen}; if every
 * need of her household is covered she is released ({@link Persons#CARE_RELEASED}).
 * <p>
 * The draws are fixed per household and per person (a hash of the run's seed and the index, not the
 * run's stream), so a place, once held, is kept from one assessment to the next and a higher coverage
 * covers a superset of the households a lower one covers. Duties are reassessed in January after
 * births, deaths and ageing, and in any month in which a coverage changes (timed events); a newly
 * resettled village's households in the month it moves.
 */
public final class CareDuties implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final int PRESCHOOL_UNDER = 6;
    static final int SCHOOL_UNDER = 15;
    static final int ELDERLY_FROM = 70;
    static final int CARER_FROM = 20;
    static final int CARER_UNDER = 60;

    private double kindergarten = Double.NaN, boarding = Double.NaN, elderCare = Double.NaN;
    /** Villages whose households were assessed since their resettlement (site schools count for them). */
    private final java.util.BitSet assessedSites = new java.util.BitSet();

    /**
     * Reassesses every household's duties in each January (month 0 included) and whenever a coverage
     * has changed; in other months only the households of villages just resettled to sites with their
     * own schools (a full pass each month of the relocation years cost a third of a 1:1 run).
     */
    void refresh(BeltModel m) {
        ParamValues p = m.params();
        Belt belt = m.belt();
        double k = p.get(KINDERGARTEN_COVERAGE), b = p.get(BOARDING_COVERAGE), e = p.get(ELDER_CARE_COVERAGE);
        boolean changed = k != kindergarten || b != boarding || e != elderCare;
        if (changed || m.conditions().monthOfYear() == 1) {
            kindergarten = k;
            boarding = b;
            elderCare = e;
            assign(belt, p, m.seed(), 0, belt.households().size());
            for (org.sxbelt.agents.Village v : belt.villages()) if (v.isResettled()) assessedSites.set(v.getIndex());
            return;
        }
        for (org.sxbelt.agents.Village v : belt.villages()) {
            if (!v.isResettled() || assessedSites.get(v.getIndex())) continue;
            assign(belt, p, m.seed(), v.firstHousehold(), v.firstHousehold() + v.householdCount());
            assessedSites.set(v.getIndex());
        }
    }

    /** Sets every person's care flags from household composition and coverage. */
    static void assign(Belt belt, ParamValues p, long seed) {
        assign(belt, p, seed, 0, belt.households().size());
    }

    /** Sets the care flags of the members of households {@code from} (inclusive) to {@code to} (exclusive). */
    private static void assign(Belt belt, ParamValues p, long seed, int from, int to) {
        Persons ps = belt.persons();
        Households hh = belt.households();
        double share = p.get(CARE_SHARE_WOMEN);
        double kindergarten = p.get(KINDERGARTEN_COVERAGE), boarding = p.get(BOARDING_COVERAGE);
        double elderCare = p.get(ELDER_CARE_COVERAGE);
        for (int h = from; h < to; h++) {
            boolean preschool = false, school = false, elderly = false;
            for (int q = hh.firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
                int age = ps.age(q);
                preschool |= age < PRESCHOOL_UNDER;
                school |= age >= PRESCHOOL_UNDER && age < SCHOOL_UNDER;
                elderly |= age >= ELDERLY_FROM;
            }
            boolean need = preschool || school || elderly;
            // a relocation site's own kindergarten and boarding school (policy.siteSchools)
            double site = belt.villages().get(hh.village(h)).siteSchoolCoverage();
            boolean uncovered = preschool && draw(seed, h, 0) >= Math.max(kindergarten, site)
                    || school && draw(seed, h, 1) >= Math.max(boarding, site)
                    || elderly && draw(seed, h, 2) >= elderCare;
            for (int q = hh.firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
                int age = ps.age(q);
                boolean carer = need && ps.isFemale(q) && age >= CARER_FROM && age < CARER_UNDER
                        && draw(seed, q, 3) < share;
                ps.set(q, Persons.CARE, carer && uncovered);
                ps.set(q, Persons.CARE_RELEASED, carer && !uncovered);
            }
        }
    }

    /** A uniform draw in [0, 1) fixed by seed, index and kind (SplitMix64 finaliser). */
    static double draw(long seed, int index, int kind) {
        long z = seed * 0x9E3779B97F4A7C15L + (((long) index << 2) | kind) * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
