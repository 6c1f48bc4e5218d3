package org.sxbelt.policy;

import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Programme;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Vocational and Mandarin training for rural adults not in wage work: raises starting
 * productivity (and so piece-rate pay) and Mandarin (opening distant jobs).
 */
public final class TrainingProgramme implements Programme {

    private static final int MAX_TRAINEE_AGE = 50;

    @Override
    public void run(BeltModel m) {
        Persons ps = m.belt().persons();
        int seats = m.stochasticRound(m.params().get(TRAINING_SEATS) * m.ruralAgents() / 10_000.0);
        double mandarinGain = m.params().get(TRAINING_MANDARIN);
        double cost = m.params().get(TRAINING_COST) * m.belt().scale();
        PersonSampler.sample(m, seats,
                p -> (ps.status(p) == Status.FARMING || ps.status(p) == Status.IDLE)
                        && ps.age(p) <= MAX_TRAINEE_AGE && !ps.has(p, Persons.TRAINED),
                p -> {
                    ps.set(p, Persons.TRAINED, true);
                    ps.setMandarin(p, ps.mandarin(p) + mandarinGain);
                    m.accounts().add(m.countyOf(p), Flow.SPEND_TRAINING, cost);
                    m.observer().countTrainee(m.countyOf(p));
                });
    }
}
