package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import org.sxbelt.params.ParamSchema;

/** {@code --seed}: the model seed, overriding the scenario's run.seed. */
final class SeedOption extends OptionGroup<SeedOption> {

    @Parameter(names = "--seed", description = "Seed of the run's random stream; the same seed, scenario "
            + "and options give the same results. A whole number in [0, 2147483647].")
    @OptionHelp(arg = "<long>", byDefault = "the scenario's run.seed (1 unless the scenario sets it)")
    String seed;

    SeedOption() {}

    /** With a fixed default instead of the scenario's seed. */
    SeedOption(long byDefault) {
        seed = Long.toString(byDefault);
    }

    /** The text given (or the fixed default), or null. */
    String given() {
        return seed;
    }

    /** The checked seed, or null when left to the scenario. */
    Long value() {
        return seed == null ? null : (long) OptionValues.schemaValue("--seed", ParamSchema.SEED, seed);
    }
}
