package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line behaviour that does not need the model: help, dispatch and user errors. */
class MainTest {

    @TempDir
    Path tmp;

    /** Exit status, stdout and stderr of one CLI invocation. */
    record Result(int code, String out, String err) {
        /** Asserts a user error: status 2, exactly one "error: ..." line on stderr, nothing on stdout. */
        String userError() {
            assertEquals(2, code, "exit status; stderr was: " + err);
            assertEquals("", out, "stdout");
            List<String> lines = err.lines().toList();
            assertEquals(1, lines.size(), "exactly one line on stderr, got: " + err);
            assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
            assertFalse(err.contains("\tat "), "no stack trace");
            return lines.get(0);
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.execute(o, e, args);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final List<String> RUN_OPTIONS =
            List.of("--scenario", "--seed", "--months", "--scale", "--set", "--out", "--name", "--threads", "--trace-persons",
                    "--checkpoint-at", "--from-checkpoint",
                    "--quiet",
                    "--help");

    @Test
    void runHelpListsEveryOptionWithItsDefault() {
        Result r = run("run", "--help");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        for (String o : RUN_OPTIONS) assertTrue(r.out().contains(" " + o + "\n") || r.out().contains(" " + o + " <"), "help lacks " + o + ":\n" + r.out());
        for (Help.Option o : Help.options(new RunCommand())) {
            assertTrue(r.out().contains(o.names()), o.names());
            assertFalse(o.byDefault().isEmpty(), o.names() + " must state its default");
            assertFalse(o.description().isEmpty(), o.names() + " must be explained");
        }
        assertEquals(RUN_OPTIONS.size() - 1, Help.options(new RunCommand()).size(), "RUN_OPTIONS is out of date");
        assertTrue(r.out().contains("Default: output"), r.out());
        assertTrue(r.out().contains("--scenario <name|path>"), r.out());
        assertTrue(r.out().contains("--set <key=value>"), r.out());
        assertTrue(r.out().contains("Default: <scenario>-seed<seed>"), r.out());
        assertTrue(r.out().contains("Default: the embedded default scenario"), r.out());
    }

    @Test
    void helpRunIsTheSameAsRunHelp() {
        assertEquals(run("run", "--help").out(), run("help", "run").out());
        assertEquals(run("run", "--help").out(), run("run", "-h").out());
        assertEquals(run("run", "--help").out(), run("run", "--scale", "5000", "--help").out(), "help wins");
    }

    @Test
    void overviewListsCommands() {
        for (Result r : List.of(run(), run("--help"), run("help"))) {
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: sxbelt <command>"), r.out());
            assertTrue(r.out().contains("  run "), r.out());
        }
    }

    @Test
    void versionFlag() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("sxbelt "), r.out());
    }

    @Test
    void scaleOutOfRangeIsOneLineNamingTheRange() {
        String line = run("run", "--scale", "5000", "--out", tmp.toString()).userError();
        assertEquals("error: --scale = 5000 is out of range: expected a whole number in [1, 1000] "
                + "(real persons per agent)", line);
        assertNothingWritten();
    }

    @Test
    void monthsAndSeedAreCheckedAgainstTheSchema() {
        assertEquals("error: --months = 0 is out of range: expected a whole number in [1, 600] (months)",
                run("run", "--months", "0").userError());
        assertEquals("error: --months = 2.5 is not allowed: expected a whole number in [1, 600] (months)",
                run("run", "--months=2.5").userError());
        assertEquals("error: --months = twelve is not a number: expected a whole number in [1, 600] (months)",
                run("run", "--months", "twelve").userError());
        assertTrue(run("run", "--seed", "-1").userError().startsWith("error: --seed = -1 is out of range"));
        assertTrue(run("run", "--seed", "0x10").userError().startsWith("error: --seed = 0x10 is not a number"));
        assertTrue(run("run", "--seed").userError().contains("--seed"));
    }

    @Test
    void missingScenarioFileNamesThePath() {
        String path = tmp.resolve("no/such/scenario.toml").toString();
        String line = run("run", "--scenario", path, "--out", tmp.toString()).userError();
        assertTrue(line.contains(path), line);
        assertNothingWritten();
    }

    @Test
    void scenarioFolderIsRejected() {
        String line = run("run", "--scenario", tmp.toString() + "/", "--out", tmp.resolve("o").toString()).userError();
        assertTrue(line.contains(tmp.toString()), line);
    }

    @Test
    void outPointingToAFileIsRejected() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder.txt"), "x");
        String line = run("run", "--out", file.toString()).userError();
        assertTrue(line.contains("--out") && line.contains(file.toString()), line);
        String nested = file.resolve("sub").toString();
        line = run("run", "--out", nested).userError();
        assertTrue(line.contains("--out") && line.contains(nested), line);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void unknownOptionIsAUserError() {
        String line = run("run", "--frobnicate").userError();
        assertTrue(line.contains("unknown option --frobnicate"), line);
        line = run("run", "--sclae", "3").userError();
        assertTrue(line.contains("--sclae") && line.contains("did you mean --scale"), line);
        line = run("run", "stray").userError();
        assertTrue(line.contains("stray"), line);
        line = run("--months", "3").userError();
        assertTrue(line.contains("--months"), line);
    }

    @Test
    void unknownCommandIsAUserError() {
        String line = run("rnu").userError();
        assertTrue(line.contains("'rnu'") && line.contains("run"), line);
        line = run("help", "nope").userError();
        assertTrue(line.contains("'nope'"), line);
    }

    @Test
    void badSetSyntaxAndBadNameAreUserErrors() {
        assertTrue(run("run", "--set", "novalue").userError().contains("--set novalue"));
        assertTrue(run("run", "--set", "=3").userError().contains("--set =3"));
        assertTrue(run("run", "--name", "../up").userError().contains("--name"));
        assertTrue(run("run", "--name", ".hidden").userError().contains("--name"));
    }

    private void assertNothingWritten() {
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.toList(), "no output folder may be left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
