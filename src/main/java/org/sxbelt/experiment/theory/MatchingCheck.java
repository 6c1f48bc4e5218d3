package org.sxbelt.experiment.theory;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sxbelt.experiment.theory.LimitingSetting.text;
import static org.sxbelt.experiment.theory.SettingException.require;

/**
 * Urn-ball matching: U applicants each apply to one of V single-vacancy firms of a town, drawn with chance
 * proportional to vacancies (uniform here), and each firm hires one of its applicants, by the model's own
 * vacancy, application and hiring code ({@code LaborMarket.matchApplicants}). Closed form:
 * {@code E[M] = V·(1 − (1 − 1/V)^U)}; the tolerance is four standard errors of the mean over the rounds,
 * from the exact variance {@code V·q + V(V−1)(1 − 2/V)^U − V²q²}, {@code q = (1 − 1/V)^U}.
 */
public final class MatchingCheck {

    public record Options(int applicants, int vacancies, int rounds, long seed) {
        public Options {
            require(applicants >= 1 && applicants <= 5000, "--applicants must be in [1, 5000], got " + applicants);
            require(vacancies >= 1 && vacancies <= 1000, "--vacancies must be in [1, 1000], got " + vacancies);
            require(rounds >= 100 && rounds <= 100_000, "--rounds must be in [100, 100000], got " + rounds);
        }

        public static Options of(int applicants, int vacancies) { return new Options(applicants, vacancies, 2000, 1); }

    }

    private MatchingCheck() {}

    public static TheoryResult run(Options o, BeltGeography geography) {
        LimitingSetting setting = new LimitingSetting("run.scale", "1000", "run.months", "1");
        BeltModel m = setting.model(o.seed(), geography, List::of);
        m.start();
        Town town = m.belt().towns().stream().max(Comparator.comparingLong(Town::getPopulation)).orElseThrow();
        int scale = m.belt().scale();
        List<Firm> firms = new ArrayList<>();
        for (int k = 0; k < o.vacancies(); k++) {
            firms.add(m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, town, scale));
        }
        int[] pool = farmers(m);
        if (pool.length < o.applicants()) {
            throw new SettingException("--applicants must be at most " + pool.length + " (the setting's farmers)");
        }
        MersenneTwisterFast draw = new MersenneTwisterFast(o.seed() * 31 + 7);
        int[] applicants = new int[o.applicants()];
        double sum = 0;
        for (int r = 0; r < o.rounds(); r++) {
            for (Firm f : firms) while (!f.workers().isEmpty()) m.employment().leave(f.workers().get(0));
            for (int i = 0; i < applicants.length; i++) { // U distinct farmers, by a partial shuffle
                int j = i + draw.nextInt(pool.length - i);
                int t = pool[i];
                pool[i] = pool[j];
                pool[j] = t;
                applicants[i] = pool[i];
            }
            sum += m.laborMarket().matchApplicants(m, town, applicants);
        }
        m.finish();
        double v = o.vacancies(), u = o.applicants();
        double q = Math.pow(1 - 1 / v, u);
        double mean = v * (1 - q);
        double var = Math.max(0, v * q + v * (v - 1) * Math.pow(1 - 2 / v, u) - v * v * q * q);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("applicants", Integer.toString(o.applicants()));
        inputs.put("vacancies", Integer.toString(o.vacancies()));
        inputs.put("rounds", Integer.toString(o.rounds()));
        inputs.put("seed", Long.toString(o.seed()));
        inputs.put("frictionless_matches", text(Math.min(u, v)));
        return new TheoryResult("matching", inputs, List.of(TheoryLine.within("expected_matches", sum / o.rounds(),
                mean, Math.max(4 * Math.sqrt(var / o.rounds()), 1e-9))));
    }

    private static int[] farmers(BeltModel m) {
        Persons ps = m.belt().persons();
        return java.util.stream.IntStream.range(0, ps.size())
                .filter(i -> ps.isAlive(i) && ps.status(i) == Status.FARMING).toArray();
    }
}
