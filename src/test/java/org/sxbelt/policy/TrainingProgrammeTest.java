package org.sxbelt.policy;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Persons;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programme;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training as a course (policy.TrainingProgramme): the course length delays the Mandarin gain and
 * keeps trainees out of the job search, refusals and failures cut the graduates, and the graduates of
 * order-based courses are hired by the firm that ordered them.
 */
class TrainingProgrammeTest {

    private static BeltGeography geography;

    private static synchronized BeltGeography geography() {
        if (geography == null) geography = BeltGeography.loadDefault();
        return geography;
    }

    private static Scenario scenario(String... kv) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("run.scale", "1000");
        o.put("policy.trainingSeats", "200");
        o.put("policy.trainingTakeUp", "1");
        o.put("policy.trainingPass", "1");
        o.put("policy.trainingPassLowMandarin", "1");
        o.put("policy.orderTrainingShare", "0");
        for (int i = 0; i < kv.length; i += 2) o.put(kv[i], kv[i + 1]);
        return ScenarioLoader.override(Scenario.defaults(), o, "test");
    }

    /** A model whose training programme is {@code training} (the other programmes as the government's). */
    private static BeltModel model(long seed, Scenario s, TrainingProgramme[] training) {
        return new BeltModel(seed, s, geography(), sc -> {
            List<Programme> list = new ArrayList<>(new Government().forScenario(sc));
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof TrainingProgramme) {
                    training[0] = new TrainingProgramme();
                    list.set(i, training[0]);
                }
            }
            return list;
        });
    }

    private static List<Integer> inCourse(BeltModel m) {
        Persons ps = m.belt().persons();
        List<Integer> q = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) if (ps.isAlive(i) && ps.has(i, Persons.IN_COURSE)) q.add(i);
        return q;
    }

    @Test
    void theCourseLengthDelaysTheMandarinGainAndKeepsTraineesOutOfWork() {
        BeltModel m = model(7, scenario("policy.trainingMonths", "4"), new TrainingProgramme[1]);
        m.start();
        m.schedule.step(m); // month 0: the first courses begin
        Persons ps = m.belt().persons();
        List<Integer> trainees = inCourse(m);
        assertTrue(trainees.size() > 20, "trainees in month 0: " + trainees.size());
        Map<Integer, Double> before = new HashMap<>();
        for (int q : trainees) before.put(q, ps.mandarin(q));
        for (int t = 1; t <= 3; t++) {
            m.schedule.step(m);
            for (int q : trainees) {
                if (!ps.isAlive(q)) continue;
                assertTrue(ps.has(q, Persons.IN_COURSE), "still in the course in month " + t);
                assertTrue(!ps.has(q, Persons.TRAINED), "not yet trained in month " + t);
                assertEquals(before.get(q), ps.mandarin(q), 1e-9, "no Mandarin gain before the end");
                assertTrue(!ps.status(q).isLocalWageWork() && !ps.status(q).isDistant(), "a trainee does not take a job");
            }
        }
        m.schedule.step(m); // month 4: the month-0 courses end
        int graduates = 0;
        for (int q : trainees) {
            if (!ps.isAlive(q)) continue;
            assertTrue(!ps.has(q, Persons.IN_COURSE));
            assertTrue(ps.has(q, Persons.TRAINED), "everyone passes with a pass chance of 1");
            assertEquals(Math.min(1, before.get(q) + 0.25), ps.mandarin(q), 0.011);
            graduates++;
        }
        assertTrue(graduates > 20);

        BeltModel instant = model(7, scenario("policy.trainingMonths", "0"), new TrainingProgramme[1]);
        instant.start();
        instant.schedule.step(instant);
        assertTrue(inCourse(instant).isEmpty(), "a zero-month course ends in the month it begins");
        assertTrue(instant.observer().latest("training_graduates") > 0);
    }

    private static double graduates(long seed, int months, String... kv) {
        BeltModel m = model(seed, scenario(kv), new TrainingProgramme[1]);
        m.start();
        double g = 0;
        for (int t = 0; t < months; t++) {
            m.schedule.step(m);
            g += m.observer().latest("training_graduates");
        }
        return g;
    }

    @Test
    void refusalsAndFailuresReduceGraduates() {
        double all = graduates(5, 12, "policy.trainingMonths", "2");
        double halfFail = graduates(5, 12, "policy.trainingMonths", "2", "policy.trainingPass", "0.5",
                "policy.trainingPassLowMandarin", "0.5");
        double lowMandarinFail = graduates(5, 12, "policy.trainingMonths", "2", "policy.trainingPassLowMandarin", "0");
        double fewAccept = graduates(5, 12, "policy.trainingMonths", "2", "policy.trainingTakeUp", "0.02");
        double noneAccept = graduates(5, 12, "policy.trainingMonths", "2", "policy.trainingTakeUp", "0");
        assertTrue(all > 100, "graduates " + all);
        assertTrue(halfFail < 0.65 * all && halfFail > 0.35 * all, halfFail + " of " + all);
        assertTrue(lowMandarinFail < all, "those who cannot follow the course fail: " + lowMandarinFail + " of " + all);
        assertTrue(fewAccept < 0.8 * all, "refusals leave places empty when candidates run short: " + fewAccept);
        assertEquals(0, noneAccept);

        BeltModel m = model(5, scenario("policy.trainingTakeUp", "0"), new TrainingProgramme[1]);
        m.start();
        m.schedule.step(m);
        assertTrue(m.observer().latest("training_refusals") > 0);
        assertEquals(0, m.observer().latest("trainees"));
    }

    @Test
    void orderBasedGraduatesAreHiredByTheOrderingFirm() {
        TrainingProgramme[] training = new TrainingProgramme[1];
        BeltModel m = model(11, scenario("run.scale", "100", "policy.trainingMonths", "2", "policy.orderTrainingShare", "1"), training);
        m.start();
        for (int t = 0; t <= 12; t++) m.schedule.step(m); // firms have posts open by now
        Persons ps = m.belt().persons();
        Map<Integer, Firm> ordered = new HashMap<>();
        for (int q : inCourse(m)) {
            Firm f = training[0].orderedBy(q);
            if (f != null) ordered.put(q, f);
        }
        assertTrue(ordered.size() > 10, "order-based trainees: " + ordered.size());
        for (Firm f : ordered.values()) assertTrue(f.sentTrainers());
        m.schedule.step(m);
        m.schedule.step(m); // month 14: every course running in month 12 has ended
        int atOrderingFirm = 0, elsewhere = 0, open = 0;
        for (Map.Entry<Integer, Firm> e : ordered.entrySet()) {
            int q = e.getKey();
            if (!ps.isAlive(q) || !e.getValue().isAlive()) continue;
            assertNull(training[0].orderedBy(q), "the course is over");
            open++;
            if (ps.status(q).isLocalWageWork() && ps.employer(q) == e.getValue().id()) atOrderingFirm++;
            else if (ps.status(q).isLocalWageWork() || ps.status(q).isDistant()) elsewhere++;
        }
        assertTrue(atOrderingFirm >= 0.8 * open, atOrderingFirm + " of " + open + " at the ordering firm");
        assertTrue(elsewhere <= 0.05 * open, elsewhere + " of " + open + " work elsewhere within a month of graduating");
        assertTrue(m.observer().latest("order_based_hires") > 0);
    }

    /** Workers of village workshops kept after one more month, when every one of them is paid below her reservation wage. */
    private static double keptAfterALowPayMonth(double trainerCut) {
        BeltModel m = model(13, scenario("run.scale", "100", "policy.trainingSeats", "0", "labor.lowPayQuitRate", "1",
                "labor.quitRate", "0", "labor.onJobSearchRate", "0", "labor.firmTrainerQuitCut", Double.toString(trainerCut),
                "firm.orderVolatility", "0"), new TrainingProgramme[1]);
        m.start();
        for (int t = 0; t < 12; t++) m.schedule.step(m);
        Persons ps = m.belt().persons();
        List<Integer> workers = new ArrayList<>();
        for (Firm f : m.belt().liveFirms()) {
            if (f.village() == null || f.getWorkerCount() == 0) continue;
            f.countOrderTrainee(); // as if the firm had run an order-based course with its own trainers
            for (int k = 0; k < f.workers().size(); k++) {
                int q = f.workers().get(k);
                if (ps.has(q, Persons.CASUAL)) continue;
                ps.set(q, Persons.TRAINED, true);
                ps.setReservationWage(q, 1e9);
                workers.add(q);
            }
        }
        assertTrue(workers.size() > 50, "workshop workers " + workers.size());
        m.schedule.step(m);
        int kept = 0;
        for (int q : workers) if (ps.isAlive(q) && ps.status(q) == org.sxbelt.agents.Status.WORKSHOP) kept++;
        return (double) kept / workers.size();
    }

    @Test
    void aFirmThatSentTrainersKeepsItsTrainedWorkers() {
        double noCut = keptAfterALowPayMonth(0), fullCut = keptAfterALowPayMonth(1);
        assertTrue(noCut < 0.1, "without the trainers' effect the low-paid quit: kept " + noCut);
        assertTrue(fullCut > 0.9, "with it they stay: kept " + fullCut);
    }

    /** Migrants in distant jobs in each month, with Mandarin needed for them set out of reach but by training. */
    private static int[] migrantsByMonth(String gain, int months) {
        BeltModel m = model(17, scenario("policy.trainingMonths", "6", "policy.trainingMandarin", gain,
                "labor.mandarinXinjiang", "0.99", "labor.mandarinInland", "0.99", "policy.transferQuota", "0",
                "policy.trainingPassLowMandarin", "1"), new TrainingProgramme[1]);
        m.start();
        Persons ps = m.belt().persons();
        int[] migrants = new int[months];
        for (int t = 0; t < months; t++) {
            m.schedule.step(m);
            for (int q = 0; q < ps.size(); q++) {
                if (!ps.isAlive(q) || !ps.status(q).isDistant()) continue;
                assertTrue(ps.mandarin(q) >= 0.99, "a distant job needs the market's Mandarin");
                assertTrue(ps.has(q, Persons.TRAINED), "here only a graduate has it");
                migrants[t]++;
            }
        }
        return migrants;
    }

    @Test
    void mandarinStaysAPreconditionOfDistantJobsAndTheCourseOpensThemAtItsEnd() {
        int[] noGain = migrantsByMonth("0", 18);
        int[] gain = migrantsByMonth("1", 18);
        for (int t = 0; t < 18; t++) assertEquals(0, noGain[t], "nobody reaches the threshold without training");
        for (int t = 0; t < 6; t++) assertEquals(0, gain[t], "no graduate before the first course ends (month " + t + ")");
        assertTrue(gain[17] > 0, "graduates take distant jobs: " + java.util.Arrays.toString(gain));
    }
}
