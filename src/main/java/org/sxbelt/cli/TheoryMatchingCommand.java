package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.experiment.theory.MatchingCheck;
import org.sxbelt.geo.BeltGeography;

import java.io.PrintStream;

/** {@code sxbelt theory matching}: the model's matching against the urn-ball expectation. */
@Parameters(commandNames = "theory matching", separators = "= ", commandDescription = "Urn-ball matching. "
        + "--applicants seekers each apply to one of --vacancies single-vacancy firms of a town through the "
        + "model's own vacancy, application and hiring code, round after round; prints the mean matches beside "
        + "V(1 - (1 - 1/V)^U). Exit status 3 when the line fails.")
final class TheoryMatchingCommand implements Command {

    @Parameter(names = "--applicants", required = true, description = "U, in [1, 5000].")
    @OptionHelp(arg = "<U>", byDefault = "none: required")
    int applicants;

    @Parameter(names = "--vacancies", required = true, description = "V, in [1, 1000].")
    @OptionHelp(arg = "<V>", byDefault = "none: required")
    int vacancies;

    @Parameter(names = "--rounds", description = "Rounds of matching averaged, in [100, 100000].")
    @OptionHelp(arg = "<n>", byDefault = "2000")
    int rounds = 2000;

    @ParametersDelegate
    final SeedOption seed = new SeedOption(1).help("--seed", "Seed of the rounds.", "1");

    @ParametersDelegate
    final TheoryOutput output = new TheoryOutput();

    @Override
    public int call(PrintStream out, PrintStream err) {
        MatchingCheck.Options o;
        try {
            o = new MatchingCheck.Options(applicants, vacancies, rounds, seed.value());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        try {
            return output.print(MatchingCheck.run(o, BeltGeography.loadDefault()), out);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
