package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.theory.LocationLogitCheck;
import org.sxbelt.experiment.theory.TheoryResult;
import org.sxbelt.geo.BeltGeography;

/** {@code sxbelt theory location-logit}: the agglomeration threshold of the model's own location logit. */
@Parameters(commandNames = "theory location-logit", separators = "= ", commandDescription = "The agglomeration "
        + "threshold of the location logit. Two towns with room and equal margins; --entrants garment firms a "
        + "month choose among them and the outside option (--outside times a town's weight at no firms) by the "
        + "model's own logit, in which a town weighs (1 + same-industry firms)^a; firms exit at --exit-rate a "
        + "month. The even split of firms is stable below a* = 1 + 1/n*, n* the steady state solving "
        + "E(1+n)^a / (2(1+n)^a + W) = delta n. Prints the a at which the model's own monthly entries, averaged "
        + "over --replicates draws, make a small asymmetry neither grow nor shrink, beside a*. Exit status 3 when "
        + "the line fails.")
final class TheoryLocationLogitCommand extends TheoryCommand {

    @Parameter(names = "--entrants", description = "Garment firms weighing the belt a month (E), in (0, 50].")
    @OptionHelp(arg = "<firms>", byDefault = "2")
    double entrants = 2;

    @Parameter(names = "--exit-rate", description = "Share of the firms exiting a month (delta), in (0, 1].")
    @OptionHelp(arg = "<share>", byDefault = "0.1")
    double exitRate = 0.1;

    @Parameter(names = "--outside", description = "Weight of the outside option over a town's at no firms (W), "
            + "in [0.1, 1000]; set through firm.stayEastMargin.")
    @OptionHelp(arg = "<W>", byDefault = "20")
    double outside = 20;

    @Parameter(names = "--replicates", description = "Draws of one month's entries per firm count, in "
            + "[100, 1000000].")
    @OptionHelp(arg = "<n>", byDefault = "20000")
    int replicates = 20_000;

    TheoryLocationLogitCommand() {
        super("Seed of the first draw.");
    }

    @Override
    TheoryResult check(long seed) {
        return LocationLogitCheck.run(LocationLogitCheck.Options.of(entrants, exitRate, outside).withRun(replicates, seed),
                BeltGeography.loadDefault());
    }
}
