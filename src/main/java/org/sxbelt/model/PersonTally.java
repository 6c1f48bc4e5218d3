package org.sxbelt.model;

import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Village;

import java.util.Arrays;

/**
 * The observer's head count: persons by village and status (with women and searchers apart), in one
 * pass over the persons split into {@link PersonBlocks}. Every county measure of persons is a sum of
 * these whole-number counts, derived village by village in index order afterwards; so the threads can
 * count into their own arrays and the totals do not depend on how blocks were shared out.
 */
final class PersonTally implements java.io.Serializable {

    private static final int STATUSES = Status.values().length;
    private static final int WORKING_AGE_FEMALE = STATUSES;
    private static final int WAGE_WORK_FEMALE = STATUSES + 1;
    private static final int SEARCHED_AWAY = STATUSES + 2;
    private static final int IN_COURSE = STATUSES + 3;
    private static final int CARE = STATUSES + 4;
    private static final int CARE_RELEASED = STATUSES + 5;
    /** Counts per village. */
    private static final int K = STATUSES + 6;

    /** Per worker thread: K counts for each village. */
    private int[][] counts = new int[0][];

    /** Adds this month's person measures to each county's row of {@code sums} and refreshes peers' wage shares. */
    void tally(BeltModel m, double[][] sums) {
        Belt belt = m.belt();
        int villages = belt.villages().size();
        PersonBlocks pb = m.personBlocks();
        if (counts.length != pb.threads() || counts[0].length != villages * K) {
            counts = new int[pb.threads()][villages * K];
        } else {
            for (int[] c : counts) Arrays.fill(c, 0);
        }
        Persons ps = belt.persons();
        pb.forEach(PersonBlocks.count(ps.size()), (b, w) -> count(belt, b, counts[w]));
        int[] total = counts[0];
        for (int w = 1; w < counts.length; w++) {
            for (int i = 0; i < total.length; i++) total[i] += counts[w][i];
        }
        for (Village v : belt.villages()) addVillage(m, v, total, v.getIndex() * K, sums[belt.townOfVillage(v.getIndex())]);
    }

    /**
     * Counts one block. Persons sit mostly in household order, so long runs share a village: the
     * flag counts of a run are summed in locals and added to the village's row when the run ends,
     * instead of read-modify-writing seven counters in memory per person (a third of the observer's time).
     * The village is the person's own copy ({@link Persons#village}), not the household's: births fill
     * freed slots, so after some years a person's household is a random read away.
     */
    private static void count(Belt belt, int b, int[] c) {
        Persons ps = belt.persons();
        int end = PersonBlocks.end(b, ps.size());
        int base = -1;
        int workingAgeFemale = 0, wageWorkFemale = 0, searchedAway = 0, inCourse = 0, care = 0, careReleased = 0;
        for (int i = PersonBlocks.start(b); i < end; i++) {
            if (!ps.isAlive(i)) continue;
            int at = ps.village(i) * K;
            if (at != base) {
                if (base >= 0) flush(c, base, workingAgeFemale, wageWorkFemale, searchedAway, inCourse, care, careReleased);
                base = at;
                workingAgeFemale = wageWorkFemale = searchedAway = inCourse = care = careReleased = 0;
            }
            int code = ps.statusCode(i);
            c[base + code]++;
            // Added without tests (0 or 1): whether a person is a woman or in wage work is as good as
            // random from one person to the next, and mispredicted branches would cost more than adding.
            int adult = code == Status.DEPENDENT.ordinal() ? 0 : 1;
            int woman = ps.isFemale(i) ? adult : 0;
            workingAgeFemale += woman;
            wageWorkFemale += woman & WAGE_WORK[code];
            searchedAway += ps.has(i, Persons.SEARCHED_AWAY) ? adult : 0;
            inCourse += ps.has(i, Persons.IN_COURSE) ? 1 : 0;
            care += ps.has(i, Persons.CARE) ? adult : 0;
            careReleased += ps.has(i, Persons.CARE_RELEASED) ? adult : 0;
        }
        if (base >= 0) flush(c, base, workingAgeFemale, wageWorkFemale, searchedAway, inCourse, care, careReleased);
    }

    private static void flush(int[] c, int base, int workingAgeFemale, int wageWorkFemale, int searchedAway, int inCourse,
                              int care, int careReleased) {
        c[base + WORKING_AGE_FEMALE] += workingAgeFemale;
        c[base + WAGE_WORK_FEMALE] += wageWorkFemale;
        c[base + SEARCHED_AWAY] += searchedAway;
        c[base + IN_COURSE] += inCourse;
        c[base + CARE] += care;
        c[base + CARE_RELEASED] += careReleased;
    }

    /** 1 for the statuses of wage work, by status code. */
    private static final int[] WAGE_WORK = new int[STATUSES];

    static {
        for (Status s : Status.values()) WAGE_WORK[s.ordinal()] = isWageWork(s) ? 1 : 0;
    }

    private static boolean isWageWork(Status s) { return s.isLocalWageWork() || s.isDistant() || s == Status.COOPERATIVE; }

    private static void addVillage(BeltModel m, Village v, int[] c, int base, double[] row) {
        int persons = 0, workingAge = 0, wage = 0;
        for (Status s : Status.values()) {
            int n = c[base + s.ordinal()];
            row[Measure.status(s).index] += n;
            persons += n;
            if (s != Status.DEPENDENT) workingAge += n;
            if (isWageWork(s)) wage += n;
        }
        int workingAgeFemale = c[base + WORKING_AGE_FEMALE];
        int wageFemale = c[base + WAGE_WORK_FEMALE];
        row[Measure.PERSONS.index] += persons;
        if (!v.isUrbanWard()) row[Measure.RURAL_PERSONS.index] += persons;
        row[Measure.WORKING_AGE.index] += workingAge;
        row[Measure.WORKING_AGE_FEMALE.index] += workingAgeFemale;
        row[Measure.WORKING_AGE_MALE.index] += workingAge - workingAgeFemale;
        row[Measure.WAGE_WORK_FEMALE.index] += wageFemale;
        row[Measure.WAGE_WORK_MALE.index] += wage - wageFemale;
        row[Measure.SEARCHED_AWAY.index] += c[base + SEARCHED_AWAY];
        row[Measure.IN_COURSE.index] += c[base + IN_COURSE];
        row[Measure.CARE_DUTIES.index] += c[base + CARE];
        row[Measure.CARE_RELEASED.index] += c[base + CARE_RELEASED];
        int park = c[base + Status.PARK.ordinal()];
        if (park > 0 && JobChoice.commutesDaily(m.params(), m.conditions(), v)) {
            row[Measure.COMMUTE_KM.index] += park * v.getKmToTown();
            row[Measure.COMMUTERS.index] += park;
        }
        // Word of mouth: peers in wage work tell of the jobs they have found (seekers still waiting in a
        // town have found none to tell of).
        m.belt().setPeerShare(v.getIndex(), workingAge == 0 ? 0 : (double) wage / workingAge);
    }
}
