package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.theory.MatchingCheck;
import org.sxbelt.experiment.theory.TheoryResult;
import org.sxbelt.geo.BeltGeography;

/** {@code sxbelt theory matching}: the model's matching against the urn-ball expectation. */
@Parameters(commandNames = "theory matching", separators = "= ", commandDescription = "Urn-ball matching. "
        + "--applicants seekers each apply to one of --vacancies single-vacancy firms of a town through the "
        + "model's own vacancy, application and hiring code, round after round; prints the mean matches beside "
        + "V(1 - (1 - 1/V)^U). Exit status 3 when the line fails.")
final class TheoryMatchingCommand extends TheoryCommand {

    @Parameter(names = "--applicants", required = true, description = "U, in [1, 5000].")
    @OptionHelp(arg = "<U>", byDefault = "none: required")
    int applicants;

    @Parameter(names = "--vacancies", required = true, description = "V, in [1, 1000].")
    @OptionHelp(arg = "<V>", byDefault = "none: required")
    int vacancies;

    @Parameter(names = "--rounds", description = "Rounds of matching averaged, in [100, 100000].")
    @OptionHelp(arg = "<n>", byDefault = "2000")
    int rounds = 2000;

    TheoryMatchingCommand() {
        super("Seed of the rounds.");
    }

    @Override
    TheoryResult check(long seed) {
        return MatchingCheck.run(new MatchingCheck.Options(applicants, vacancies, rounds, seed), BeltGeography.loadDefault());
    }
}
