package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.theory.CorePeripheryCheck;
import org.sxbelt.experiment.theory.TheoryResult;

/** {@code sxbelt theory core-periphery}: Krugman's break and sustain points from the model's own rules. */
@Parameters(commandNames = "theory core-periphery", separators = "= ", commandDescription = "The core-periphery "
        + "limit. Two symmetric towns, all demand local: a share --mu of income on manufactures (CES across "
        + "varieties, elasticity --sigma, iceberg freight --freight between the towns), the rest on the farm good "
        + "of immobile farmers; manufacturing workers paid the zero-profit wage move monthly by real wage "
        + "w/G^mu. Prints the long-run share of the larger town and, found by bisection on the freight factor "
        + "over the model's dynamics, the break point (a near-even start gathers in one town below it) and the "
        + "sustain point (a full core holds below it) beside phi_B = [(s-1-s*mu)(1-mu)]/[(s-1+s*mu)(1+mu)] and "
        + "the root phi_S of phi^(s*mu/(s-1))[(1+mu)phi/2 + (1-mu)/(2phi)] = 1, in units of T = phi^(1/(1-s)). "
        + "Exit status 3 when a line fails.")
final class TheoryCorePeripheryCommand extends TheoryCommand {

    @Parameter(names = "--sigma", required = true, description = "Elasticity of substitution between "
            + "varieties, in (1, 20].")
    @OptionHelp(arg = "<sigma>", byDefault = "none: required")
    double sigma;

    @Parameter(names = "--mu", required = true, description = "Share of income spent on manufactures, in "
            + "(0, (sigma - 1) / sigma).")
    @OptionHelp(arg = "<share>", byDefault = "none: required")
    double mu;

    @Parameter(names = "--freight", required = true, description = "Iceberg freight factor T between the towns "
            + "(T units shipped for one delivered), in (1, 10].")
    @OptionHelp(arg = "<T>", byDefault = "none: required")
    double freight;

    @Parameter(names = "--start-share", description = "Town 1's share of the manufacturing workers at the start.")
    @OptionHelp(arg = "<share>", byDefault = "0.51")
    double startShare = 0.51;

    @Parameter(names = "--subsidy", description = "Raises town 1's real wage, as the workers see it, by this "
            + "share during the first --subsidy-months months, in [0, 1].")
    @OptionHelp(arg = "<share>", byDefault = "0")
    double subsidy = 0;

    @Parameter(names = "--subsidy-months", description = "Months the subsidy lasts, from the start; the run "
            + "goes on long after.")
    @OptionHelp(arg = "<months>", byDefault = "0")
    int subsidyMonths = 0;

    @Parameter(names = "--months", description = "Months simulated, in [200, 100000].")
    @OptionHelp(arg = "<months>", byDefault = "3000")
    int months = 3000;

    TheoryCorePeripheryCommand() {
        super("Recorded only: the setting is deterministic.");
    }

    @Override
    TheoryResult check(long seed) {
        if (subsidy > 0 && subsidyMonths == 0) throw new CliException("--subsidy needs --subsidy-months above 0");
        return CorePeripheryCheck.run(CorePeripheryCheck.Options.of(sigma, mu, freight).withStart(startShare)
                .withSubsidy(subsidy, subsidyMonths).withRun(months, seed));
    }
}
