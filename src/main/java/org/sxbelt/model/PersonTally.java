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
    /** Where dead slots are counted (never read). */
    private static final int DEAD = STATUSES + 6;
    /** Counts per village. */
    private static final int K = STATUSES + 7;

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
     * freed slots, so after some years a person's household is a random read away. What a person adds
     * is looked up in {@link #ADDS} by status and flags, one load instead of a test per flag.
     */
    private static void count(Belt belt, int b, int[] c) {
        Persons ps = belt.persons();
        int end = PersonBlocks.end(b, ps.size());
        int base = -1;
        long run = 0;
        int left = RUN;
        for (int i = PersonBlocks.start(b); i < end; i++) {
            int at = ps.village(i) * K;
            if (at != base || left == 0) {
                if (base >= 0) flush(c, base, run);
                base = at;
                run = 0;
                left = RUN;
            }
            long add = ADDS[(ps.statusCode(i) << FLAG_BITS) | flagIndex(ps.flags(i))];
            run += add & FIELDS;
            c[base + (int) (add >>> COLUMN_SHIFT)]++;
            left--;
        }
        if (base >= 0) flush(c, base, run);
    }

    /** The flag counts of a run, each in a field of {@link #FIELD_BITS} bits, added to the village's row. */
    private static void flush(int[] c, int base, long run) {
        for (int k = 0; k < FLAG_COUNTS; k++) c[base + STATUSES + k] += (int) (run >>> (k * FIELD_BITS)) & FIELD_MAX;
    }

    // The table of what one person adds: the six flag counts (WORKING_AGE_FEMALE .. CARE_RELEASED, in
    // column order) as 9-bit fields, so a run of at most RUN persons never carries from one into the next,
    // and in the top bits the column counted once (the status, or DEAD for a dead slot).
    private static final int FLAG_COUNTS = 6;
    private static final int FIELD_BITS = 9;
    private static final int FIELD_MAX = (1 << FIELD_BITS) - 1;
    private static final int RUN = FIELD_MAX;
    private static final long FIELDS = (1L << (FLAG_COUNTS * FIELD_BITS)) - 1;
    private static final int COLUMN_SHIFT = FLAG_COUNTS * FIELD_BITS;
    /** The flags the tally reads, packed into {@link #FLAG_BITS} bits by {@link #flagIndex}. */
    private static final int FLAG_BITS = 6;
    private static final long[] ADDS = new long[STATUSES << FLAG_BITS];

    /** ALIVE, FEMALE and CARE (bits 0-2) and SEARCHED_AWAY, CARE_RELEASED and IN_COURSE (bits 7-9) as 6 bits. */
    private static int flagIndex(int flags) { return (flags & 7) | ((flags >>> 4) & 0x38); }

    static {
        if (Persons.ALIVE != 1 || Persons.FEMALE != 2 || Persons.CARE != 4 || Persons.SEARCHED_AWAY != 1 << 7
                || Persons.CARE_RELEASED != 1 << 8 || Persons.IN_COURSE != 1 << 9) {
            throw new AssertionError("PersonTally.flagIndex assumes other flag bits");
        }
        if (K > 1 << (Long.SIZE - COLUMN_SHIFT)) throw new AssertionError("PersonTally's columns do not fit ADDS");
        for (int code = 0; code < STATUSES; code++) {
            for (int f = 0; f < 1 << FLAG_BITS; f++) {
                int flags = (f & 7) | ((f & 0x38) << 4);
                if ((flags & Persons.ALIVE) == 0) {
                    ADDS[(code << FLAG_BITS) | f] = (long) DEAD << COLUMN_SHIFT;
                    continue;
                }
                int adult = code == Status.DEPENDENT.ordinal() ? 0 : 1;
                int woman = (flags & Persons.FEMALE) != 0 ? adult : 0;
                int[] adds = {woman, woman & (isWageWork(Status.of(code)) ? 1 : 0),
                        (flags & Persons.SEARCHED_AWAY) != 0 ? adult : 0, (flags & Persons.IN_COURSE) != 0 ? 1 : 0,
                        (flags & Persons.CARE) != 0 ? adult : 0, (flags & Persons.CARE_RELEASED) != 0 ? adult : 0};
                long entry = (long) code << COLUMN_SHIFT;
                for (int k = 0; k < FLAG_COUNTS; k++) entry |= (long) adds[k] << (k * FIELD_BITS);
                ADDS[(code << FLAG_BITS) | f] = entry;
            }
        }
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
