package org.sxbelt.model;

import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;

import java.util.Arrays;

/**
 * The living persons of one block of slots, grouped by status, each group in slot order: scratch that
 * a pass over persons fills first and then walks group by group. A pass that tests each person's status
 * in turn mispredicts a branch for most persons (statuses follow each other as good as at random, and a
 * misprediction costs more than the rest of a farmer's work); filling the groups needs no test at all (a
 * slot is written to the end of its status's group), and each group's walk then runs the same code for
 * every member. One instance per worker thread ({@link PersonBlocks#statusGroups}), reused from block to
 * block and from pass to pass.
 */
final class StatusGroups {

    private static final int STATUSES = Status.values().length;
    /** Every status, in declaration order. */
    static final Status[] ALL = Status.values();
    /** The statuses of local wage work ({@link Status#isLocalWageWork}), in declaration order. */
    static final Status[] LOCAL_WAGE_WORK = Arrays.stream(ALL).filter(Status::isLocalWageWork).toArray(Status[]::new);
    /** The statuses of distant work ({@link Status#isDistant}), in declaration order. */
    static final Status[] DISTANT_WORK = Arrays.stream(ALL).filter(Status::isDistant).toArray(Status[]::new);
    /** The group of dead slots, never walked. */
    private static final int DEAD = STATUSES;

    private final int[][] members = new int[STATUSES + 1][];
    private final int[] size = new int[STATUSES + 1];
    /** The upper half of the block's groups while {@link #fill} runs. */
    private final int[][] upper = new int[STATUSES + 1][];
    private final int[] upperSize = new int[STATUSES + 1];
    /** First slot of the block last filled. */
    private int from;
    /** One bit per slot of the block, all clear between calls of {@link #sortSlots}. */
    private final long[] marks = new long[PersonBlocks.SIZE >>> 6];
    /** Below this length a list is sorted as usual: reading back the bitmap costs a pass over it. */
    private static final int SORT_BY_MARKS = 64;

    StatusGroups() {
        for (int k = 0; k < members.length; k++) {
            members[k] = new int[PersonBlocks.SIZE];
            upper[k] = new int[PersonBlocks.SIZE / 2];
        }
    }

    /**
     * Groups the slots [from, to) of {@code ps}, at most {@link PersonBlocks#SIZE} of them. Writing a slot
     * to its group waits on the group's count, stored by the slot before it of the same status, so one walk
     * runs at the speed of that chain; the two halves of the block are walked side by side, each with its
     * own counts (two chains that overlap), and the upper half's groups are appended to the lower's.
     */
    StatusGroups fill(Persons ps, int from, int to) {
        Arrays.fill(size, 0);
        Arrays.fill(upperSize, 0);
        this.from = from;
        int[][] g = members, u = upper;
        int[] n = size, m = upperSize;
        int mid = from + (to - from + 1) / 2;
        for (int i = from, j = mid; j < to; i++, j++) {
            int k = ps.isAlive(i) ? ps.statusCode(i) : DEAD;
            int l = ps.isAlive(j) ? ps.statusCode(j) : DEAD;
            g[k][n[k]++] = i;
            u[l][m[l]++] = j;
        }
        if (to - from > 0 && (to - from) % 2 != 0) { // the lower half's last slot has no partner
            int i = mid - 1;
            int k = ps.isAlive(i) ? ps.statusCode(i) : DEAD;
            g[k][n[k]++] = i;
        }
        for (int k = 0; k < DEAD; k++) {
            System.arraycopy(u[k], 0, g[k], n[k], m[k]);
            n[k] += m[k];
        }
        return this;
    }

    /**
     * Puts a list of distinct slots of the block last filled in slot order. A pass that walks the groups
     * lists what it picks status by status; a block's thousands of seekers are put back in slot order by
     * marking them in a bitmap and reading it back, several times cheaper than sorting them.
     */
    void sortSlots(IntList list) {
        int n = list.size();
        if (n < SORT_BY_MARKS) {
            list.sort();
            return;
        }
        long[] bits = marks;
        for (int k = 0; k < n; k++) {
            int s = list.get(k) - from;
            bits[s >>> 6] |= 1L << s;
        }
        int k = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            if (word == 0) continue;
            bits[w] = 0;
            int at = from + (w << 6);
            do {
                list.set(k++, at + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            } while (word != 0);
        }
        if (k != n) throw new IllegalStateException("a slot listed twice");
    }

    /** Persons in status s. */
    int size(Status s) { return size[s.ordinal()]; }

    /** Slots of the persons in status s, in slot order: the first {@link #size(Status)} entries. */
    int[] of(Status s) { return members[s.ordinal()]; }
}
