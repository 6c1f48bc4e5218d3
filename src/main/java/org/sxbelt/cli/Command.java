package org.sxbelt.cli;

import java.io.PrintStream;

/**
 * One subcommand of {@code sxbelt}. An implementation is a JCommander options object annotated with
 * {@code @Parameters(commandNames = "...", commandDescription = "...")}; its {@code @Parameter} fields
 * should also carry {@link OptionHelp} so that help shows the value's form and default. Options that
 * several commands share come from an {@link OptionGroup} field marked {@code @ParametersDelegate}. Register it
 * with one line in {@link Main#COMMANDS}. A fresh instance is created for every invocation.
 *
 * <p>Report user mistakes by throwing {@link CliException} (or ScenarioException / GeoDataException);
 * anything else is treated as an internal error (exit 1 with a stack trace).
 */
public interface Command {

    /**
     * Runs the command with its options already parsed.
     *
     * @return the exit status (0 on success)
     */
    int call(PrintStream out, PrintStream err) throws Exception;
}
