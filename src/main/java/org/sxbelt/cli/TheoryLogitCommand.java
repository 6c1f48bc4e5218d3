package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.theory.LogitCheck;
import org.sxbelt.experiment.theory.TheoryResult;

/** {@code sxbelt theory logit}: the model's logit choice rule against its closed form. */
@Parameters(commandNames = "theory logit", separators = "= ", commandDescription = "The logit choice rule. A "
        + "job whose expected income is e^DV times what staying pays is offered again and again to the model's "
        + "logit rule with scale beta; prints the share that take it beside 1 / (1 + e^(-beta x DV)). Exit "
        + "status 3 when the line fails.")
final class TheoryLogitCommand extends TheoryCommand {

    @Parameter(names = "--utility-gap", required = true, description = "DV, the job's expected income over "
            + "staying's, in log points, in [-20, 20].")
    @OptionHelp(arg = "<DV>", byDefault = "none: required")
    double utilityGap;

    @Parameter(names = "--beta", required = true, description = "The logit scale (labor.logitScale), in (0, 50].")
    @OptionHelp(arg = "<beta>", byDefault = "none: required")
    double beta;

    @Parameter(names = "--draws", description = "Independent choices drawn, in [1000, 10000000].")
    @OptionHelp(arg = "<n>", byDefault = "200000")
    int draws = 200_000;

    TheoryLogitCommand() {
        super("Seed of the draws.");
    }

    @Override
    TheoryResult check(long seed) {
        return LogitCheck.run(new LogitCheck.Options(utilityGap, beta, draws, seed));
    }
}
