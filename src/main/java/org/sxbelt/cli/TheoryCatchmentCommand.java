package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.theory.CatchmentCheck;
import org.sxbelt.experiment.theory.TheoryResult;
import org.sxbelt.geo.BeltGeography;

/** {@code sxbelt theory catchment}: a town's commuting catchment against (w - w0) / tau. */
@Parameters(commandNames = "theory catchment", separators = "= ", commandDescription = "Commuting catchments. "
        + "Every county town has more park jobs at --wage than anyone would take; the others farm for "
        + "--home-income; a daily commute costs --cost-per-km a month per km of quality-1 road. Prints the "
        + "catchment beside (w - w0) / tau: under the expected-income rule the farthest village that sent "
        + "anyone (and that nobody came from beyond it), under the logit rule the distance at which the share "
        + "of seekers applying falls through one half (and how far the shares by 5 km band stray from the "
        + "logit's closed form). Exit status 3 when a line fails.")
final class TheoryCatchmentCommand extends TheoryCommand {

    @Parameter(names = "--wage", required = true, description = "The park jobs' monthly wage w, in (0, 5000].")
    @OptionHelp(arg = "<yuan>", byDefault = "none: required")
    double wage;

    @Parameter(names = "--home-income", required = true, description = "What staying home pays a month, w0, "
            + "in [0, min(w, 3000)).")
    @OptionHelp(arg = "<yuan>", byDefault = "none: required")
    double homeIncome;

    @Parameter(names = "--cost-per-km", required = true, description = "tau: a daily commute's monthly cost per "
            + "km of distance (2 x 22 days x labor.commuteCostPerKm), in (0, 440].")
    @OptionHelp(arg = "<yuan>", byDefault = "none: required")
    double costPerKm;

    @Parameter(names = "--rule", description = "The choice rule: expected-income or logit.")
    @OptionHelp(arg = "<rule>", byDefault = "expected-income")
    String rule = "expected-income";

    @Parameter(names = "--beta", description = "The logit rule's scale (labor.logitScale), in (0, 50].")
    @OptionHelp(arg = "<beta>", byDefault = "4")
    double beta = 4;

    @Parameter(names = "--months", description = "Months simulated; the first 12 are left out.")
    @OptionHelp(arg = "<months>", byDefault = "60")
    int months = 60;

    @Parameter(names = "--scale", description = "Real persons per simulated person.")
    @OptionHelp(arg = "<n>", byDefault = "200")
    int scale = 200;

    TheoryCatchmentCommand() {
        super("Seed of the setting's run.");
    }

    @Override
    TheoryResult check(long seed) {
        CatchmentCheck.Options o = CatchmentCheck.Options.of(wage, homeIncome, costPerKm, CatchmentCheck.Rule.of(rule))
                .withBeta(beta).withRun(months, seed, scale);
        return CatchmentCheck.run(o, BeltGeography.loadDefault());
    }
}
