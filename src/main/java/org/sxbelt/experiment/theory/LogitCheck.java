package org.sxbelt.experiment.theory;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Status;
import org.sxbelt.model.ChoiceRule;
import org.sxbelt.model.JobOption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sxbelt.experiment.theory.LimitingSetting.text;
import static org.sxbelt.experiment.theory.SettingException.require;

/**
 * The logit choice rule against its closed form: one job whose expected income is {@code e^ΔV} times
 * what staying pays (a utility gap of ΔV log-income points), chosen by the model's
 * {@link ChoiceRule#logit} with scale β over many independent draws. Closed form:
 * {@code P = 1 / (1 + e^(−β·ΔV))}; the tolerance is four standard errors of the share.
 */
public final class LogitCheck {

    /** Staying pays this a month; the job pays it times e^ΔV. */
    private static final double STAY = 1000;

    public record Options(double utilityGap, double beta, int draws, long seed) {
        public Options {
            require(beta > 0 && beta <= 50, "--beta must be in (0, 50], got " + text(beta));
            require(Math.abs(utilityGap) <= 20, "--utility-gap must be in [-20, 20], got " + text(utilityGap));
            require(draws >= 1000 && draws <= 10_000_000, "--draws must be in [1000, 10000000], got " + draws);
        }

        public static Options of(double utilityGap, double beta) { return new Options(utilityGap, beta, 200_000, 1); }

    }

    private LogitCheck() {}

    public static TheoryResult run(Options o) {
        JobOption[] job = {JobOption.of(Status.PARK, STAY * Math.exp(o.utilityGap()), 0, 1, 0, false)};
        ChoiceRule rule = ChoiceRule.logit(o.beta());
        MersenneTwisterFast rng = new MersenneTwisterFast(o.seed());
        long chosen = 0;
        for (int i = 0; i < o.draws(); i++) if (rule.choose(job, 1, STAY, rng) == 0) chosen++;
        double p = 1 / (1 + Math.exp(-o.beta() * o.utilityGap()));
        double se = Math.sqrt(Math.max(p * (1 - p), 1.0 / o.draws()) / o.draws());
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("utility_gap", text(o.utilityGap()));
        inputs.put("beta", text(o.beta()));
        inputs.put("draws", Integer.toString(o.draws()));
        inputs.put("seed", Long.toString(o.seed()));
        return new TheoryResult("logit", inputs,
                List.of(TheoryLine.within("choice_probability", (double) chosen / o.draws(), p, 4 * se)));
    }
}
