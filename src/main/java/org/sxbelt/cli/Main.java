package org.sxbelt.cli;

import com.beust.jcommander.JCommander;
import com.beust.jcommander.ParameterException;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.sxbelt.geo.GeoDataException;
import org.sxbelt.output.Manifest;
import org.sxbelt.scenario.ScenarioException;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point: {@code sxbelt <command> [options]}.
 *
 * <p>Exit status: 0 success; 2 user mistake (unknown command or option, bad value, missing or
 * invalid scenario or geography file, unusable output folder), reported as exactly one
 * {@code error: ...} line on stderr; 1 internal error, reported with a stack trace.
 */
public final class Main {

    /** Every command, in the order help lists them. Adding a command = one line here. */
    static final List<Supplier<Command>> COMMANDS = List.of(
            RunCommand::new,
            ParamsCommand::new,
            ListScenariosCommand::new,
            ValidateCommand::new,
            CalibrateCommand::new,
            SweepCommand::new,
            MergeCommand::new,
            ReportCommand::new,
            DiscoverCommand::new,
            CompareCommand::new,
            BenchCommand::new,
            TheoryHarrisTodaroCommand::new,
            TheoryCatchmentCommand::new,
            TheoryMatchingCommand::new,
            TheoryLogitCommand::new,
            TheoryCorePeripheryCommand::new,
            TheoryLocationLogitCommand::new,
            GuiCommand::new
    );

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    /** A theory check ran and at least one of its lines missed its closed form. */
    public static final int CHECK_FAILED = 3;

    private static final Pattern MAIN_PARAM = Pattern.compile(
            "Was passed main parameter '(.*)' but no main parameter was defined.*", Pattern.DOTALL);

    private Main() {}

    public static void main(String[] args) {
        int code = execute(System.out, System.err, args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** Runs the CLI on the process's own streams and returns the exit status (for tests and embedding). */
    public static int execute(String... args) {
        return execute(System.out, System.err, args);
    }

    /** Runs the CLI and returns the exit status; never calls {@code System.exit}. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return execute(COMMANDS, out, err, args);
    }

    /** {@link #execute(PrintStream, PrintStream, String...)} with another command registry (tests). */
    static int execute(List<Supplier<Command>> registry, PrintStream out, PrintStream err, String... args) {
        String commandName = null;
        try {
            if (args.length == 0 || isHelpFlag(args[0])) {
                out.print(Help.overview(Manifest.version(), commands(registry)));
                return OK;
            }
            if (args[0].equals("--version") || args[0].equals("-V")) {
                out.println(Help.PROGRAM + " " + Manifest.version());
                return OK;
            }
            if (args[0].equals("help")) {
                if (args.length == 1) {
                    out.print(Help.overview(Manifest.version(), commands(registry)));
                    return OK;
                }
                String[] named = Arrays.copyOfRange(args, 1, args.length);
                int words = commandWords(registry, named);
                if (named.length > words) throw new CliException("'help' takes one command name, got: "
                        + String.join(" ", named));
                out.print(Help.command(find(registry, String.join(" ", named))));
                return OK;
            }
            if (args[0].startsWith("-")) {
                throw new CliException("unknown option " + args[0] + " before the command; usage: "
                        + Help.PROGRAM + " <command> [options] (see '" + Help.PROGRAM + " help')");
            }
            int words = commandWords(registry, args);
            commandName = String.join(" ", Arrays.copyOf(args, words));
            Command command = find(registry, commandName);
            String[] rest = Arrays.copyOfRange(args, words, args.length);
            for (String a : rest) {
                if (isHelpFlag(a)) {
                    out.print(Help.command(command));
                    return OK;
                }
            }
            JCommander jc = JCommander.newBuilder()
                    .addObject(command)
                    .programName(Help.PROGRAM + " " + commandName)
                    .expandAtSign(false)
                    .build();
            jc.parse(rest);
            return command.call(out, err);
        } catch (ParameterException e) {
            return userError(err, parameterMessage(e, registry, commandName));
        } catch (CliException | ScenarioException | GeoDataException e) {
            return userError(err, e.getMessage());
        } catch (UncheckedIOException e) {
            // I/O trouble outside the output code paths that already translate it (disk full, permissions).
            return userError(err, e.getMessage());
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory (Java heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB): use a larger --scale, or give Java more memory (e.g. SXBELT_HEAP=4g ./sxbelt ...)");
            return INTERNAL_ERROR;
        } catch (Exception | Error e) {
            err.println("internal error: " + e + " (this is a bug; please report it with the command line and the trace below)");
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static List<Command> commands(List<Supplier<Command>> registry) {
        List<Command> list = new ArrayList<>();
        for (Supplier<Command> s : registry) list.add(s.get());
        return list;
    }

    /**
     * How many of the leading arguments name the command: 2 for a command of two words ({@code theory
     * catchment}) whose first word is {@code args[0]}, else 1.
     */
    static int commandWords(List<Supplier<Command>> registry, String[] args) {
        if (args.length < 2) return 1;
        String two = args[0] + " " + args[1];
        for (Supplier<Command> s : registry) if (Help.name(s.get()).equals(two)) return 2;
        return 1;
    }

    /** A fresh instance of the named command. */
    static Command find(List<Supplier<Command>> registry, String name) {
        List<String> names = new ArrayList<>();
        for (Supplier<Command> s : registry) {
            Command c = s.get();
            if (Help.name(c).equals(name)) return c;
            names.add(Help.name(c));
        }
        List<String> second = names.stream().filter(n -> n.startsWith(name + " "))
                .map(n -> n.substring(name.length() + 1)).toList();
        if (!second.isEmpty()) {
            throw new CliException("'" + name + "' needs one of: " + String.join(", ", second) + " (e.g. '"
                    + Help.PROGRAM + " " + name + " " + second.get(0) + " --help')");
        }
        throw new CliException("unknown command '" + name + "'" + suggestion(name, names)
                + "; commands: " + String.join(", ", names));
    }

    private static boolean isHelpFlag(String a) {
        return a.equals("--help") || a.equals("-h") || a.equals("-help") || a.equals("-?");
    }

    private static int userError(PrintStream err, String message) {
        err.println("error: " + oneLine(message));
        return USAGE_ERROR;
    }

    /** JCommander's messages, reworded to name the option and point at the help. */
    private static String parameterMessage(ParameterException e, List<Supplier<Command>> registry,
                                           String commandName) {
        String msg = e.getMessage() == null ? "invalid arguments" : e.getMessage();
        String where = commandName == null ? "" : " for '" + commandName + "'";
        String hint = commandName == null ? "" : " (see '" + Help.PROGRAM + " " + commandName + " --help')";
        Matcher m = MAIN_PARAM.matcher(msg);
        if (m.matches()) {
            String arg = m.group(1);
            if (arg.startsWith("-")) {
                List<String> known = new ArrayList<>();
                if (commandName != null) {
                    for (Help.Option o : Help.options(find(registry, commandName))) known.addAll(Arrays.asList(o.names().split(", ")));
                }
                return "unknown option " + arg + where + suggestion(arg, known) + hint;
            }
            return "unexpected argument '" + arg + "'" + where + hint;
        }
        if (msg.startsWith("The following option is required: ") || msg.startsWith("The following options are required: ")) {
            return "missing " + msg.substring(msg.indexOf(": ") + 2).replace("[", "").replace("]", "") + where + hint;
        }
        if (msg.startsWith("Unknown option")) return msg.replace("Unknown option", "unknown option") + where + hint;
        if (msg.startsWith("Expected a value after parameter ")) {
            return "missing value after " + msg.substring("Expected a value after parameter ".length()) + hint;
        }
        return msg.replace("\"", "") + hint;
    }

    private static String suggestion(String given, List<String> known) {
        String base = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = lev.apply(base, k);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best != null && bestD <= Math.max(2, base.length() / 3) ? " (did you mean " + best + "?)" : "";
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) return "unknown problem";
        String s = message.strip().replaceAll("\\s*\\R\\s*", "; ");
        return s.startsWith("error: ") ? s.substring(7) : s;
    }
}
