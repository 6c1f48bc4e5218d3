package org.sxbelt.model;

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

    StatusGroups() {
        for (int k = 0; k < members.length; k++) members[k] = new int[PersonBlocks.SIZE];
    }

    /** Groups the slots [from, to) of {@code ps}, at most {@link PersonBlocks#SIZE} of them. */
    StatusGroups fill(Persons ps, int from, int to) {
        Arrays.fill(size, 0);
        int[][] g = members;
        int[] n = size;
        for (int i = from; i < to; i++) {
            int k = ps.isAlive(i) ? ps.statusCode(i) : DEAD;
            g[k][n[k]++] = i;
        }
        return this;
    }

    /** Persons in status s. */
    int size(Status s) { return size[s.ordinal()]; }

    /** Slots of the persons in status s, in slot order: the first {@link #size(Status)} entries. */
    int[] of(Status s) { return members[s.ordinal()]; }
}
