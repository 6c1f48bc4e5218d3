package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import org.sxbelt.params.ParamSchema;

/** {@code --scale}: real persons per simulated person, overriding the scenario's run.scale. */
final class ScaleOption extends OptionGroup<ScaleOption> {

    @Parameter(names = "--scale", description = "Real persons per simulated person (overrides run.scale; "
            + "a whole number in [1, 1000]). Larger is faster and coarser.")
    @OptionHelp(arg = "<int>", byDefault = "the scenario's run.scale (100 unless the scenario sets it)")
    String scale;

    /** The checked scale, or null when left to the scenario. */
    Double value() {
        return scale == null ? null : OptionValues.schemaValue("--scale", ParamSchema.SCALE, scale);
    }
}
