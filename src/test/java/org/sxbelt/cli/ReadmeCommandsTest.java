package org.sxbelt.cli;

import com.beust.jcommander.JCommander;
import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParametersDelegate;
import com.beust.jcommander.ParameterException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README.md names only commands, options and scenarios that exist.
 *
 * <p>Every {@code ./sxbelt ...} line of its code blocks is parsed with the real JCommander command
 * definitions of {@link Main#COMMANDS} (an unknown command or option, or a missing option value,
 * fails), and its {@code --scenario}/{@code --scenarios} values and experiment paths must exist;
 * every {@code --option} in the README's inline code must be an option of the command its section is
 * about (or of some command, in sections about none); every scenario name in the "Scenarios"
 * section must be a file in {@code scenarios/}. The first two commands must be the launcher's run
 * and the wrapper's test command, which .ci/run runs too.
 */
class ReadmeCommandsTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```([a-z]*)\\n(.*?)^```");
    private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");
    private static final Pattern SECTION = Pattern.compile("(?m)^(#{2,3}) (.*)$");

    private static String readme;
    private static Map<String, Set<String>> optionsByCommand;
    private static Set<String> allOptions;
    private static Set<String> scenarios;

    @BeforeAll
    static void load() throws IOException {
        readme = Files.readString(README, StandardCharsets.UTF_8);
        optionsByCommand = new TreeMap<>();
        allOptions = new TreeSet<>(List.of("--help", "--version"));
        for (Command c : Main.commands(Main.COMMANDS)) {
            Set<String> names = new TreeSet<>(List.of("--help"));
            addOptionNames(c, names);
            optionsByCommand.put(Help.name(c), names);
            allOptions.addAll(names);
        }
        scenarios = new TreeSet<>(List.of("defaults"));
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".toml"))
                    .forEach(n -> scenarios.add(n.substring(0, n.length() - ".toml".length())));
        }
    }

    /** The names of every option of a command, hidden ones and those of option groups included. */
    private static void addOptionNames(Object holder, Set<String> names) {
        for (Class<?> k = holder.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.isAnnotationPresent(ParametersDelegate.class)) {
                    try {
                        f.setAccessible(true);
                        addOptionNames(f.get(holder), names);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null) names.addAll(Arrays.asList(p.names()));
            }
        }
    }

    private static JCommander jcommander(Command c) {
        return JCommander.newBuilder().addObject(c).programName(Help.PROGRAM + " " + Help.name(c))
                .expandAtSign(false).build();
    }

    /** The command lines of the README's code blocks, with continuation lines joined. */
    static List<String> commandLines(String text) {
        List<String> lines = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            String lang = m.group(1);
            if (!lang.isEmpty() && !lang.equals("sh") && !lang.equals("bash")) continue;
            String block = m.group(2).replaceAll("\\\\\\n\\s*", " ");
            for (String line : block.split("\\n")) {
                String t = line.strip();
                if (!t.isEmpty()) lines.add(t);
            }
        }
        return lines;
    }

    /** Shell words of a line: quotes group and are removed, an unquoted '#' starts a comment. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote != 0) {
                if (ch == quote) quote = 0; else w.append(ch);
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) out.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else if (ch == '#' && !inWord) {
                break;
            } else {
                w.append(ch);
                inWord = true;
            }
        }
        if (quote != 0) throw new IllegalArgumentException("unclosed quote in: " + line);
        if (inWord) out.add(w.toString());
        return out;
    }

    @Test
    void theFirstTwoCommandsAreTheLauncherAndTheTests() {
        List<String> lines = commandLines(readme);
        assertTrue(lines.size() >= 2);
        assertEquals(List.of("./sxbelt", "run"), words(lines.get(0)), lines.get(0));
        assertEquals(List.of("./mvnw", "-B", "test"), words(lines.get(1)), lines.get(1));
    }

    @Test
    void ciRunsExactlyTheReadmesTwoCommands() throws IOException {
        String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals("./mvnw -B test")), ".ci/run must run ./mvnw -B test");
        assertTrue(ci.lines().anyMatch(l -> l.strip().startsWith("./sxbelt run")), ".ci/run must run ./sxbelt run");
        assertFalse(ci.contains("exec:java"), ".ci/run still uses exec:java");
    }

    @Test
    void everyCommandLineParses() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String line : commandLines(readme)) {
            List<String> w = words(line);
            int at = w.indexOf("./sxbelt");
            if (at < 0) continue;
            String[] args = w.subList(at + 1, w.size()).toArray(String[]::new);
            checked++;
            String problem = problem(args);
            if (problem != null) problems.add(line + "\n    -> " + problem);
        }
        assertTrue(checked >= 20, "only " + checked + " ./sxbelt lines found in the README's code blocks");
        assertTrue(problems.isEmpty(), "README commands that do not work:\n" + String.join("\n", problems));
    }

    /** Why this command line cannot work, or null. */
    static String problem(String[] args) {
        if (args.length == 0) return "no command";
        Command command;
        String[] rest;
        try {
            int words = Main.commandWords(Main.COMMANDS, args);
            command = Main.find(Main.COMMANDS, String.join(" ", Arrays.copyOf(args, words)));
            rest = Arrays.copyOfRange(args, words, args.length);
        } catch (CliException e) {
            return e.getMessage();
        }
        if (Arrays.asList(rest).contains("--help")) return null;
        try {
            jcommander(command).parse(rest);
        } catch (ParameterException e) {
            return e.getMessage();
        }
        for (int i = 0; i < rest.length; i++) {
            String a = rest[i];
            String next = i + 1 < rest.length ? rest[i + 1] : "";
            if (a.equals("--scenario") && !isScenario(next)) return "no scenario '" + next + "'";
            if (a.equals("--scenarios")) {
                for (String s : next.split(",")) if (!isScenario(s.strip())) return "no scenario '" + s + "'";
            }
            if (!a.startsWith("-")) {
                if (a.startsWith("scenarios/") && !Files.exists(Path.of(a))) return "no file " + a;
                Matcher exp = Pattern.compile("^output/experiments/([^/]+)$").matcher(a);
                if (exp.find() && !Files.exists(Path.of("scenarios/experiments/" + exp.group(1) + ".toml"))) {
                    return a + " is not written by any experiment of scenarios/experiments/";
                }
            }
        }
        return null;
    }

    private static boolean isScenario(String value) {
        return scenarios.contains(value) || (value.endsWith(".toml") && Files.exists(Path.of(value)));
    }

    @Test
    void everyOptionNamedInTheTextExists() {
        List<String> problems = new ArrayList<>();
        Matcher sec = SECTION.matcher(readme);
        List<int[]> bounds = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        while (sec.find()) {
            bounds.add(new int[]{sec.start(), 0});
            titles.add(sec.group(2));
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : readme.length();
            String body = readme.substring(bounds.get(i)[0], end).replaceAll("(?ms)^```.*?^```", "");
            Set<String> allowed = sectionOptions(titles.get(i));
            Matcher code = INLINE.matcher(body);
            while (code.find()) {
                String span = code.group(1);
                Set<String> here = allowed;
                String first = span.split("\\s+")[0];
                if (first.equals("./sxbelt")) {
                    // a whole command line in the text: it must parse like those of the code blocks
                    List<String> w = words(span.replace("...", "").replace("..", ""));
                    String problem = problem(w.subList(1, w.size()).toArray(String[]::new));
                    boolean template = w.size() < 2 || span.contains("<") || span.contains("...");
                    if (problem != null && !template) problems.add("`" + span + "`: " + problem);
                    String[] cmd = w.subList(1, w.size()).toArray(String[]::new);
                    here = cmd.length == 0 ? allowed : optionsByCommand.getOrDefault(
                            String.join(" ", Arrays.copyOf(cmd, Main.commandWords(Main.COMMANDS, cmd))), allowed);
                } else if (optionsByCommand.containsKey(first)) {
                    here = optionsByCommand.get(first);   // `run --trace-persons N`
                }
                Matcher opt = OPTION.matcher(span);
                while (opt.find()) {
                    if (!here.contains(opt.group())) {
                        problems.add("section '" + titles.get(i) + "': `" + code.group(1) + "` names " + opt.group());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "README options that no command has:\n" + String.join("\n", problems));
    }

    /** Options of the commands a "### `cmd`" title names (plus their subcommands), else of every command. */
    private static Set<String> sectionOptions(String title) {
        Set<String> set = new LinkedHashSet<>(List.of("--help", "--version"));
        Matcher m = INLINE.matcher(title);
        while (m.find()) {
            String name = m.group(1);
            optionsByCommand.forEach((cmd, opts) -> {
                if (cmd.equals(name) || cmd.startsWith(name + " ")) set.addAll(opts);
            });
        }
        return set.size() > 2 ? set : allOptions;
    }

    @Test
    void everyScenarioOfTheScenariosSectionExists() {
        int from = readme.indexOf("\n## Scenarios");
        assertTrue(from >= 0, "no Scenarios section");
        int to = readme.indexOf("\n## ", from + 1);
        String body = readme.substring(from, to < 0 ? readme.length() : to).replaceAll("(?ms)^```.*?^```", "");
        List<String> missing = new ArrayList<>();
        int named = 0;
        Matcher code = INLINE.matcher(body);
        while (code.find()) {
            String t = code.group(1);
            if (!t.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || optionsByCommand.containsKey(t)) continue;
            named++;
            if (!scenarios.contains(t)) missing.add(t);
        }
        assertTrue(named >= 10, "only " + named + " scenario names in the Scenarios section");
        assertTrue(missing.isEmpty(), "the README's Scenarios section names scenarios that do not exist: " + missing);
    }

    @Test
    void theCheckerCatchesMistakes() {
        assertTrue(problem(new String[]{"runn"}) != null);
        assertTrue(problem(new String[]{"run", "--scael", "200"}) != null);
        assertTrue(problem(new String[]{"run", "--scenario", "no-such-policy"}) != null);
        assertTrue(problem(new String[]{"report", "output/experiments/no-such-experiment"}) != null);
        assertTrue(problem(new String[]{"theory", "harris-todaro", "--jobs"}) != null);
        assertEquals(null, problem(new String[]{"run", "--scale", "200", "--scenario", "export-shock"}));
        assertEquals(List.of("./sxbelt", "discover", "x", "--condition", "a > 1 in 2020"),
                words("./sxbelt discover x --condition 'a > 1 in 2020'   # comment"));
    }

    @Test
    void noCommandIsRunThroughMavensExecPlugin() {
        assertFalse(readme.contains("exec:java"), "README still runs commands with exec:java; use ./sxbelt");
    }
}
