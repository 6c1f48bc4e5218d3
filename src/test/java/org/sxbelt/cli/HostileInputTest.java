package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sxbelt.cli.MainTest.run;

/**
 * Hostile input as a user gives it on the command line (issue 16 items 5 to 7): each case ends in a
 * finished run or in one {@code error:} line naming the file or key, exit status 2, no stack trace and
 * nothing left in the output folder.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private static final String SCENARIO = "name = \"%s\"\ndescription = \"test\"\nextends = \"baseline\"\n";

    private Path out() {
        return tmp.resolve("out");
    }

    private void assertNothingWritten() throws IOException {
        if (!Files.exists(out())) return;
        try (var s = Files.list(out())) {
            assertEquals(List.of(), s.toList(), "nothing partial left");
        }
    }

    private MainTest.Result runScenario(Path scenario, String... more) {
        String[] base = {"run", "--scenario", scenario.toString(), "--months", "1", "--scale", "1000", "--quiet",
                "--out", out().toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    // ---- item 5: an allowed value runs ----------------------------------------------------------

    @Test
    void aPovertyLineAboveThePrefectureMeansRuns() {
        for (String line : List.of("7000", "20000")) {
            MainTest.Result r = run("run", "--set", "poverty.line=" + line, "--scale", "1000", "--months", "13",
                    "--quiet", "--out", out().toString(), "--name", "line" + line);
            assertEquals(0, r.code(), "poverty.line=" + line + ": " + r.err());
            assertEquals("", r.err());
        }
    }

    // ---- item 7: bounded input ------------------------------------------------------------------

    @Test
    void aRepeatedSetKeyIsAnErrorNamingTheKey() throws IOException {
        String e = run("run", "--set", "policy.subsidyMonths=24", "--set", "policy.subsidyMonths=36", "--months", "1",
                "--scale", "1000", "--out", out().toString()).userError();
        assertTrue(e.contains("policy.subsidyMonths") && e.contains("twice"), e);
        assertNothingWritten();
    }

    @Test
    void aScenarioFileOverOneMegabyteIsRejectedWithOneLine() throws IOException {
        Path f = tmp.resolve("big.toml");
        String head = String.format(SCENARIO, "big");
        Files.writeString(f, head + "# " + "x".repeat((1 << 20) - head.length()) + "\n");
        assertTrue(Files.size(f) > 1 << 20);
        String e = runScenario(f).userError();
        assertTrue(e.contains(f.toString()) && e.contains("1 MB"), e);
        assertNothingWritten();
    }

    @Test
    void aScenarioOfExactlyOneMegabyteIsStillRead() throws IOException {
        Path f = tmp.resolve("full.toml");
        String head = String.format(SCENARIO, "full");
        String comment = "# " + "x".repeat((1 << 20) - head.length() - 3) + "\n";
        Files.writeString(f, head + comment);
        assertEquals(1 << 20, Files.size(f));
        assertEquals(0, runScenario(f).code());
    }

    /** /dev/zero never ends: reading it whole would hang, so a hang fails here instead of stalling CI. */
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void devZeroAsScenarioGivesOneLine() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        String e = runScenario(zero).userError();
        assertTrue(e.contains("/dev/zero") && e.contains("1 MB"), e);
        assertNothingWritten();
    }

    @Test
    void arraysNestedTwoThousandDeepGiveOneLineNotAStackOverflow() throws IOException {
        for (String deep : List.of("x = " + "[".repeat(2000) + "]".repeat(2000),
                "x = " + "{a = ".repeat(2000) + "1" + "}".repeat(2000),
                "[params]\n" + "a.".repeat(100) + "b = 1")) {
            Path f = tmp.resolve("deep.toml");
            Files.writeString(f, String.format(SCENARIO, "deep") + deep + "\n");
            String e = runScenario(f).userError();
            assertTrue(e.contains(f.toString()) && e.contains("nested deeper than 64"), e);
        }
        assertNothingWritten();
    }

    @Test
    void nestingOf64IsNotRejectedForItsDepth() throws IOException {
        Path f = tmp.resolve("deep.toml");
        // 64 levels, inside a string and a comment the brackets do not count
        Files.writeString(f, String.format(SCENARIO, "deep") + "# [[[[[[[[\nsource = \"[[[[{{{{\"\nx = "
                + "[".repeat(64) + "]".repeat(64) + "\n");
        String e = runScenario(f).userError();
        assertFalse(e.contains("nested"), e);
        assertTrue(e.contains("unknown key \"x\""), e);
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path f = tmp.resolve("bom.toml");
        byte[] text = String.format(SCENARIO, "bom").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(f, withBom);
        MainTest.Result r = runScenario(f);
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aScenarioThatIsNotUtf8GivesOneLine() throws IOException {
        Path f = tmp.resolve("latin1.toml");
        Files.write(f, (String.format(SCENARIO, "latin1") + "source = \"caf\u00e9\"\n").getBytes(StandardCharsets.ISO_8859_1));
        String e = runScenario(f).userError();
        assertTrue(e.contains(f.toString()) && e.contains("UTF-8"), e);
    }

    private static final String EXPERIMENT = "name = \"%s\"\nscenarios = [\"baseline\"]\nmonths = 1\nscale = 1000\n"
            + "indicators = [\"poverty_rate\"]\n";

    @Test
    void experimentFilesAreBoundedToo() throws IOException {
        Path big = tmp.resolve("big.toml");
        Files.writeString(big, String.format(EXPERIMENT, "big") + "# " + "x".repeat(1 << 20) + "\n");
        String e = run("sweep", big.toString(), "--out", out().toString(), "--quiet").userError();
        assertTrue(e.contains(big.toString()) && e.contains("1 MB"), e);

        Path deep = tmp.resolve("deep.toml");
        Files.writeString(deep, String.format(EXPERIMENT, "deep") + "x = " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        e = run("sweep", deep.toString(), "--out", out().toString(), "--quiet").userError();
        assertTrue(e.contains(deep.toString()) && e.contains("nested deeper than 64"), e);

        Path zero = Path.of("/dev/zero");
        if (Files.isReadable(zero)) {
            e = run("sweep", zero.toString(), "--out", out().toString(), "--quiet").userError();
            assertTrue(e.contains("/dev/zero") && e.contains("1 MB"), e);
        }
        assertNothingWritten();
    }

    // ---- item 6: design sizes -------------------------------------------------------------------

    @Test
    void sixteenFactorsOfSixteenLevelsIsOneLineNotAnOverflow() throws IOException {
        StringBuilder f = new StringBuilder(String.format(EXPERIMENT, "huge") + "[design]\ntype = \"factorial\"\n");
        int n = 0;
        for (org.sxbelt.params.Param p : org.sxbelt.params.ParamSchema.all()) {
            if (p.kind() != org.sxbelt.params.Param.Kind.REAL || p.group().equals("run")) continue;
            f.append("[[factors]]\nkey = \"").append(p.key()).append("\"\nlevels = [");
            for (int i = 0; i < 16; i++) f.append(i == 0 ? "" : ", ").append(p.format(i == 15 ? p.max() : p.min() + (p.max() - p.min()) * i / 15));
            f.append("]\n");
            if (++n == 16) break;
        }
        Path file = tmp.resolve("huge.toml");
        Files.writeString(file, f.toString());
        String e = run("sweep", file.toString(), "--out", out().toString()).userError();
        assertTrue(e.contains(file.toString()) && e.contains("more than 9 x 10^18 runs") && e.contains("at most 10,000,000"), e);
        assertNothingWritten();
    }

    @Test
    void anExperimentFileWithAByteOrderMarkRuns() throws IOException {
        Path f = tmp.resolve("bom.toml");
        Files.writeString(f, "\uFEFF" + String.format(EXPERIMENT, "bom"));
        MainTest.Result r = run("sweep", f.toString(), "--out", out().toString(), "--quiet", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out().resolve("bom/results.csv")));
    }
}
