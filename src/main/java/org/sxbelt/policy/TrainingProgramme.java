package org.sxbelt.policy;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Village;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.DirectHire;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Measure;
import org.sxbelt.model.Programme;
import org.sxbelt.params.ParamValues;

import java.util.ArrayList;
import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Vocational and Mandarin training for rural adults not in wage work, as a course that takes time.
 * Each month the programme offers its places to sampled farmers and idle adults; an offer is accepted
 * with chance {@code policy.trainingTakeUp} (a refused place is offered to the next candidate). A
 * trainee is in the course ({@link Persons#IN_COURSE}) for {@code policy.trainingMonths} months: she
 * keeps farming but does not search for a job. At the end she passes with a chance that is lower when
 * her Mandarin is too weak to follow the course; a graduate gains starting productivity (the TRAINED
 * flag) and Mandarin, which opens the distant markets' Mandarin thresholds.
 * <p>
 * A share {@code policy.orderTrainingShare} of the places are order-based: run with a firm that has
 * open posts (a park firm of the trainee's county town or a workshop in her village; a carer only the
 * latter), which holds a post for her (withdrawn from the market until the course ends) and sends its
 * own trainers. A graduate of such a course is
 * hired by that firm directly ("training equals a job") if it is still open and not full; a firm that
 * has trained this way keeps its trained workers better (fewer low-pay quits, {@code model.Production}).
 */
public final class TrainingProgramme implements Programme {

    private static final int MAX_TRAINEE_AGE = 50;

    /** A trainee in a course ending in month {@code end}, ordered by firm {@code firm} (or none). */
    private record Course(int person, int end, Firm firm) implements java.io.Serializable {}

    private final List<Course> courses = new ArrayList<>();

    @Override
    public void run(BeltModel m) {
        finishCourses(m);
        Persons ps = m.belt().persons();
        ParamValues p = m.params();
        int seats = m.stochasticRound(m.level(TRAINING_SEATS) * m.ruralAgents() / 10_000.0);
        double takeUp = p.get(TRAINING_TAKE_UP);
        double orderShare = p.get(ORDER_TRAINING_SHARE);
        int months = p.getInt(TRAINING_MONTHS);
        double cost = p.get(TRAINING_COST) * m.belt().scale();
        PersonSampler.sample(m, seats,
                q -> (ps.status(q) == Status.FARMING || ps.status(q) == Status.IDLE)
                        && ps.age(q) <= MAX_TRAINEE_AGE && !ps.has(q, Persons.TRAINED | Persons.IN_COURSE | Persons.ILL),
                q -> {
                    if (m.random.nextDouble() >= takeUp) {
                        m.observer().count(m.countyOf(q), Measure.TRAINING_REFUSALS);
                        m.note(q, "refused training course");
                        return false;
                    }
                    Firm firm = m.random.nextDouble() < orderShare ? orderingFirm(m, q) : null;
                    if (firm != null) {
                        firm.holdPost();
                        firm.countOrderTrainee();
                    }
                    ps.set(q, Persons.IN_COURSE, true);
                    m.note(q, firm != null ? "training course (ordered by a firm)" : "training course");
                    courses.add(new Course(q, m.month() + months, firm));
                    m.accounts().add(m.countyOf(q), Flow.SPEND_TRAINING, cost);
                    m.observer().countTrainee(m.countyOf(q));
                    return true;
                });
        if (months == 0) finishCourses(m);
    }

    /** Ends the courses due this month, in the order they began. */
    private void finishCourses(BeltModel m) {
        Persons ps = m.belt().persons();
        ParamValues p = m.params();
        double follow = p.get(MANDARIN_XINJIANG);
        int kept = 0;
        for (int k = 0; k < courses.size(); k++) {
            Course c = courses.get(k);
            if (c.end() > m.month()) {
                courses.set(kept++, c);
                continue;
            }
            if (c.firm() != null) c.firm().releasePost();
            int q = c.person();
            // A trainee who died has lost the flag (a reused slot starts without it).
            if (!ps.isAlive(q) || !ps.has(q, Persons.IN_COURSE)) continue;
            ps.set(q, Persons.IN_COURSE, false);
            double pass = ps.mandarin(q) >= follow ? p.get(TRAINING_PASS) : p.get(TRAINING_PASS_LOW_MANDARIN);
            int county = m.countyOf(q);
            if (m.random.nextDouble() >= pass) {
                m.observer().count(county, Measure.TRAINING_FAILURES);
                m.note(q, "training course failed");
                continue;
            }
            ps.set(q, Persons.TRAINED, true);
            ps.setMandarin(q, ps.mandarin(q) + p.get(TRAINING_MANDARIN));
            m.observer().count(county, Measure.TRAINING_GRADUATES);
            m.note(q, "training course passed");
            if (c.firm() != null && DirectHire.hire(m, q, c.firm())) {
                m.observer().count(county, Measure.ORDER_BASED_HIRES);
            }
        }
        courses.subList(kept, courses.size()).clear();
    }

    /** The firm that ordered the course {@code person} is in, or null (ordinary place, or not in a course). */
    Firm orderedBy(int person) {
        for (Course c : courses) if (c.person() == person) return c.firm();
        return null;
    }

    /**
     * A firm with a post open to the market, at random among the live park firms of the
     * trainee's county town (not for a carer) and the workshops of her own village; null if none.
     */
    private Firm orderingFirm(BeltModel m, int q) {
        Village home = m.employment().homeVillage(q);
        List<Firm> open = new ArrayList<>();
        for (Firm f : home.workshops()) if (f.isAlive() && f.vacancies() > 0) open.add(f);
        if (!m.belt().persons().has(q, Persons.CARE)) {
            for (Firm f : home.town().firms()) if (f.isAlive() && f.vacancies() > 0) open.add(f);
        }
        return open.isEmpty() ? null : open.get(m.random.nextInt(open.size()));
    }
}
