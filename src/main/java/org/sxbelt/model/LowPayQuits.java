package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.IntList;

/**
 * Village-workshop workers who quit after being paid less than the reservation wage they were hired
 * at (early enthusiasm, then quits from low skill, low output and low pay; 003 ~1881). Decided in the
 * pay pass, block by block, each block drawing from its own random stream (reseeded only when the
 * block first needs it), and carried out afterwards in block order, so that who quits does not depend
 * on the number of threads.
 */
final class LowPayQuits implements java.io.Serializable {

    /** Pass number of these draws in {@link PersonBlocks#reseed} (the labour market uses 1 and 2). */
    static final int PASS = 3;

    private IntList[] quitters = new IntList[0];
    private MersenneTwisterFast[] rngs = new MersenneTwisterFast[0];
    private boolean[] seeded = new boolean[0];

    /** Empties every block's list for a month of {@code blocks} blocks. */
    void open(int blocks) {
        if (quitters.length < blocks) {
            IntList[] q = new IntList[blocks];
            MersenneTwisterFast[] r = new MersenneTwisterFast[blocks];
            for (int b = 0; b < blocks; b++) {
                q[b] = b < quitters.length ? quitters[b] : new IntList(16);
                r[b] = b < rngs.length ? rngs[b] : new MersenneTwisterFast(0);
            }
            quitters = q;
            rngs = r;
            seeded = new boolean[blocks];
        }
        for (int b = 0; b < blocks; b++) {
            quitters[b].clear();
            seeded[b] = false;
        }
    }

    /** A worker of block {@code block} paid below their reservation wage quits with probability {@code chance}. */
    void consider(BeltModel m, int block, int person, double chance) {
        if (!seeded[block]) {
            m.personBlocks().reseed(rngs[block], m.month(), PASS, block);
            seeded[block] = true;
        }
        if (rngs[block].nextDouble() < chance) quitters[block].add(person);
    }

    /** The quits, in block order. */
    void apply(BeltModel m, int blocks) {
        PersonTrace trace = m.trace();
        for (int b = 0; b < blocks; b++) {
            IntList q = quitters[b];
            for (int k = 0; k < q.size(); k++) {
                m.employment().leave(q.get(k));
                if (trace != null && trace.traced(q.get(k))) trace.reason(q.get(k), "quit: pay below reservation");
            }
        }
    }
}
