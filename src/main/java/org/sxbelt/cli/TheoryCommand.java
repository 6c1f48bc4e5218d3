package org.sxbelt.cli;

import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.experiment.theory.SettingException;
import org.sxbelt.experiment.theory.TheoryResult;

import java.io.PrintStream;

/**
 * What every {@code sxbelt theory <setting>} command does: reads its own options, runs its check with the
 * seed, and prints the result ({@link TheoryOutput}); a setting the check refuses is a user mistake.
 */
abstract class TheoryCommand implements Command {

    @ParametersDelegate
    final SeedOption seed;

    @ParametersDelegate
    final TheoryOutput output = new TheoryOutput();

    /** {@code seedMeaning}: what the seed seeds, in the command's help. */
    TheoryCommand(String seedMeaning) {
        seed = new SeedOption(1).help("--seed", seedMeaning, "1");
    }

    /** Runs the check (options already parsed). */
    abstract TheoryResult check(long seed);

    @Override
    public final int call(PrintStream out, PrintStream err) {
        TheoryResult r;
        try {
            r = check(seed.value());
        } catch (SettingException e) {
            throw new CliException(e.getMessage());
        }
        return output.print(r, out);
    }
}
