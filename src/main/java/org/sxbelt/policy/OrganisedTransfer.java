package org.sxbelt.policy;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Programme;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Organised, escorted labour transfer: cadres recruit rural adults for arranged distant jobs,
 * train them before departure and travel with them. Escorting cuts living costs and the felt cost
 * of being away; each recruit still decides, by the model's choice rule, whether to go. The quota
 * caps transfers; it is not a guarantee they happen.
 */
public final class OrganisedTransfer implements Programme {

    private static final int MIN_AGE = 18;
    private static final int MAX_AGE = 45;
    /** Shares of arranged jobs in north Xinjiang, XPCC and inland (most stayed in Xinjiang). */
    private static final double[] DESTINATION = {0.5, 0.2, 0.3};

    @Override
    public void run(BeltModel m) {
        ParamValues p = m.params();
        int quota = m.stochasticRound(m.level(TRANSFER_QUOTA) / m.belt().scale());
        if (quota <= 0 || p.is(STOPPAGE)) return;
        Persons ps = m.belt().persons();
        double cut = p.get(ESCORT_COST_CUT);
        double wIdx = m.conditions().wageIndex();
        double cost = p.get(TRANSFER_COST) * m.belt().scale();
        PersonSampler.sample(m, quota,
                q -> (ps.status(q) == Status.FARMING || ps.status(q) == Status.IDLE)
                        && ps.age(q) >= MIN_AGE && ps.age(q) <= MAX_AGE && !ps.has(q, Persons.CARE)
                        && !ps.has(q, Persons.IN_COURSE | Persons.ILL),
                q -> {
                    DistantMarket d = m.belt().market(destination(m));
                    double gross = d.wage(p, wIdx);
                    double living = d.livingCost(p, wIdx) * (1 - cut);
                    double attachment = (p.get(HOME_ATTACHMENT) + (d.isInland() ? p.get(INLAND_ATTACHMENT) : 0))
                            * (1 - cut);
                    if (m.laborMarket().acceptsOffer(m, q, d.status(), gross, living, attachment)) {
                        ps.set(q, Persons.TRAINED, true);
                        ps.setMandarin(q, ps.mandarin(q) + p.get(TRAINING_MANDARIN));
                        m.employment().hireDistant(q, d, gross - living, true);
                        m.accounts().add(m.countyOf(q), Flow.SPEND_TRANSFER, cost);
                        m.observer().countOrganisedTransfer(m.countyOf(q));
                        if (m.traced(q)) m.note(q, "organised transfer: " + d.status().id() + " " + d.key());
                    } else {
                        m.note(q, "refused organised transfer");
                    }
                    return true; // a refusal uses up the place, as before
                });
    }

    private static int destination(BeltModel m) {
        double r = m.random.nextDouble();
        for (int i = 0; i < DESTINATION.length; i++) {
            r -= DESTINATION[i];
            if (r < 0) return i;
        }
        return 0;
    }
}
