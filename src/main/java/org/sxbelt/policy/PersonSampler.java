package org.sxbelt.policy;

import org.sxbelt.agents.Persons;
import org.sxbelt.model.BeltModel;

import java.util.function.IntPredicate;

/**
 * Draws eligible persons at random for programmes with a quota (training seats, organised
 * transfer), reserving a share for registered-poor households. Work is proportional to the quota,
 * not to the population: slots are drawn until enough eligible people are found or a bounded
 * number of attempts is spent (then the quota is simply not filled, as when candidates run out).
 * A candidate who turns the place down ({@code take} answers false) leaves it to the next draw.
 */
final class PersonSampler {

    private static final int ATTEMPTS_PER_PLACE = 60;

    private PersonSampler() {}

    static int sample(BeltModel m, int places, IntPredicate eligible, IntPredicate take) {
        Persons ps = m.belt().persons();
        int n = ps.size();
        if (n == 0 || places <= 0) return 0;
        double priority = m.params().get(org.sxbelt.params.ParamSchema.POOR_PRIORITY);
        int filled = 0;
        for (int attempt = 0; attempt < places * ATTEMPTS_PER_PLACE && filled < places; attempt++) {
            int p = m.random.nextInt(n);
            if (!ps.isAlive(p) || !eligible.test(p)) continue;
            boolean poorOnly = m.random.nextDouble() < priority;
            if (poorOnly && !m.belt().households().isTargeted(ps.household(p))) continue;
            if (take.test(p)) filled++;
        }
        return filled;
    }
}
