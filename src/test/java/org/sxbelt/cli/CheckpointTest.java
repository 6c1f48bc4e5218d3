package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sxbelt.output.Checkpoint;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.cli.MainTest.run;

/**
 * {@code run --checkpoint-at} and {@code run --from-checkpoint}: a continued run writes exactly the rows
 * of the uninterrupted run's files from the month after the checkpoint (byte for byte), whatever the
 * scale and the thread counts of the two halves; a scenario that differs before the checkpoint, and a
 * corrupt, truncated or foreign file, are refused in one line with nothing left behind.
 *
 * <p>Scale 100 is used besides 1000 because only there do the passes over persons span more than one
 * block ({@code PersonBlocks.SIZE} slots), so that a second thread does any work.
 */
class CheckpointTest {

    private static final String[] FILES = {RunCommand.INDICATORS, RunCommand.FIRM_EVENTS, RunCommand.TRACE};

    @TempDir
    Path out;

    private Path runTo(String name, String... args) {
        List<String> all = new ArrayList<>(List.of("run", "--out", out.toString(), "--name", name, "--quiet"));
        all.addAll(List.of(args));
        MainTest.Result r = run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out.resolve(name);
    }

    @ParameterizedTest(name = "scale {0}: history on {1} thread(s), continued on {2}")
    @CsvSource({"1000, 1, 2", "1000, 2, 1", "100, 1, 2", "100, 2, 1"})
    void aContinuedRunWritesExactlyTheUninterruptedRunsLaterRows(int scale, int historyThreads, int continuedThreads)
            throws IOException {
        String[] common = {"--scenario", "baseline", "--scale", Integer.toString(scale), "--months", "20", "--seed", "5",
                "--trace-persons", "200"};
        Path full = runTo("full", concat(common, "--threads", Integer.toString(historyThreads),
                "--checkpoint-at", "2015-11", "--checkpoint-at", "2016-03"));
        Path checkpoint = full.resolve("state-2015-11" + Checkpoint.EXTENSION);
        assertTrue(Files.isRegularFile(checkpoint));
        assertTrue(Files.isRegularFile(full.resolve("state-2016-03" + Checkpoint.EXTENSION)));
        try (Stream<Path> s = Files.list(full)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary files left");
        }
        Path continued = runTo("continued", concat(common, "--threads", Integer.toString(continuedThreads),
                "--from-checkpoint", checkpoint.toString()));
        for (String f : FILES) assertLaterRows(full.resolve(f), continued.resolve(f), "2015-12");
        if (scale == 1000 && historyThreads == 1) {
            // writing checkpoints changes nothing in the run that writes them
            Path plain = runTo("plain", concat(common, "--threads", "1"));
            for (String f : FILES) {
                assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(full.resolve(f)), f);
            }
        }
    }

    /**
     * A history checkpointed under the baseline continues as early withdrawal, whose differences (withdrawal
     * levers of groups withdrawn from 2021, events of 2021) all lie after it.
     */
    @Test
    void aSharedHistoryContinuesUnderAPolicyThatDiffersOnlyAfterIt() throws IOException {
        String[] common = {"--scale", "1000", "--months", "76", "--seed", "2"};
        Path base = runTo("base", concat(common, "--scenario", "baseline", "--checkpoint-at", "2020-12"));
        Path full = runTo("full", concat(common, "--scenario", "early-withdrawal"));
        Path continued = runTo("continued", concat(common, "--scenario", "early-withdrawal", "--threads", "2",
                "--from-checkpoint", base.resolve("state-2020-12" + Checkpoint.EXTENSION).toString()));
        for (String f : new String[]{RunCommand.INDICATORS, RunCommand.FIRM_EVENTS}) {
            assertLaterRows(full.resolve(f), continued.resolve(f), "2021-01");
        }
        assertFalse(Files.readString(base.resolve(RunCommand.INDICATORS)).equals(Files.readString(full.resolve(RunCommand.INDICATORS))),
                "the two scenarios differ after the checkpoint");
    }

    @Test
    void aScenarioThatDiffersBeforeTheCheckpointIsRefusedNamingTheKey() throws IOException {
        Path base = runTo("base", "--scale", "1000", "--months", "16", "--checkpoint-at", "2015-12");
        String cp = base.resolve("state-2015-12" + Checkpoint.EXTENSION).toString();
        String[][] cases = {
                {"labor.logitScale", "--set", "labor.logitScale=3"},
                {"run.seed", "--seed", "9"},
                {"run.scale", "--scale", "500"},
                {"policy.guaranteeWithdrawalYear", "--set", "policy.guaranteeWithdrawalYear=2015"},
                {"run.months", "--months", "12"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("run", "--out", out.toString(), "--name", "x", "--quiet",
                    "--from-checkpoint", cp));
            args.addAll(List.of(c).subList(1, c.length));
            if (!args.contains("--scale")) args.addAll(List.of("--scale", "1000"));
            if (!args.contains("--months")) args.addAll(List.of("--months", "16"));
            String line = run(args.toArray(String[]::new)).userError();
            assertTrue(line.contains(c[0]), line);
        }
        // no-micro-credit replaces the baseline's event of 2015-01
        String line = run("run", "--out", out.toString(), "--name", "x", "--quiet", "--scenario", "no-micro-credit",
                "--scale", "1000", "--months", "16", "--from-checkpoint", cp).userError();
        assertTrue(line.contains("policy.microCredit") && line.contains("2015-01"), line);
        assertFalse(Files.exists(out.resolve("x")), "no run folder for a refused continuation");
    }

    @Test
    void corruptTruncatedAndForeignFilesAreRefusedInOneLine() throws IOException {
        Path base = runTo("base", "--scale", "1000", "--months", "4", "--checkpoint-at", "2015-02");
        byte[] good = Files.readAllBytes(base.resolve("state-2015-02" + Checkpoint.EXTENSION));
        Path truncated = write("truncated.checkpoint", java.util.Arrays.copyOf(good, good.length / 2));
        Path headerOnly = write("header-only.checkpoint", java.util.Arrays.copyOf(good, 20));
        byte[] flipped = good.clone();
        flipped[flipped.length - 1000] ^= 0x5a;
        Path corrupt = write("corrupt.checkpoint", flipped);
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 7);
        Path trailing = write("trailing.checkpoint", longer);
        Path foreign = base.resolve("manifest.json");
        Path empty = write("empty.checkpoint", new byte[0]);
        Path otherModel = write("other-model.checkpoint", otherModelVersion());
        Object[][] cases = {
                {truncated, "truncated"}, {headerOnly, "truncated"}, {corrupt, "corrupt"}, {trailing, "corrupt"},
                {foreign, "not a checkpoint"}, {empty, "truncated"}, {otherModel, "another model version"},
                {out.resolve("missing.checkpoint"), "no such"},
        };
        for (Object[] c : cases) {
            String line = run("run", "--out", out.toString(), "--name", "x", "--quiet", "--scale", "1000", "--months", "4",
                    "--from-checkpoint", c[0].toString()).userError();
            assertTrue(line.contains(c[0].toString()) && line.contains((String) c[1]), line);
        }
        assertFalse(Files.exists(out.resolve("x")), "nothing written for a refused checkpoint");
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no staging leftovers");
        }
    }

    @Test
    void aCheckpointMonthOutsideTheRunIsAUserError() {
        String line = run("run", "--out", out.toString(), "--quiet", "--scale", "1000", "--months", "4",
                "--checkpoint-at", "2015-04").userError();
        assertTrue(line.startsWith("error: --checkpoint-at 2015-04"), line);
        line = run("run", "--out", out.toString(), "--quiet", "--scale", "1000", "--months", "4",
                "--checkpoint-at", "May 2015").userError();
        assertTrue(line.contains("YYYY-MM"), line);
    }

    /** A well-formed header that names another model version, with an empty body. */
    private static byte[] otherModelVersion() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.write("SXBCKPT\n".getBytes(StandardCharsets.US_ASCII));
        d.writeInt(Checkpoint.FORMAT);
        byte[] digest = "0123456789abcdef".repeat(4).getBytes(StandardCharsets.UTF_8);
        d.writeInt(digest.length);
        d.write(digest);
        d.writeInt(2);
        d.writeInt(0);
        d.writeLong(0);
        d.writeLong(0);
        return b.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(out.resolve(name), bytes);
    }

    /**
     * The continued file is the header line and then the uninterrupted file from its first row of month
     * {@code first} or later (rows are in month order), byte for byte.
     */
    private static void assertLaterRows(Path uninterrupted, Path continued, String first) throws IOException {
        String full = Files.readString(uninterrupted, StandardCharsets.UTF_8);
        int headerEnd = full.indexOf('\n') + 1;
        int cut = full.length();
        for (int i = headerEnd; i < full.length(); i = full.indexOf('\n', i) + 1) {
            if (full.length() >= i + 7 && full.charAt(i + 4) == '-' && full.substring(i, i + 7).compareTo(first) >= 0) {
                cut = i;
                break;
            }
            if (full.indexOf('\n', i) < 0) break;
        }
        String expected = full.substring(0, headerEnd) + full.substring(cut);
        assertTrue(cut > headerEnd, uninterrupted + ": rows before " + first);
        assertEquals(expected, Files.readString(continued, StandardCharsets.UTF_8),
                continued.getFileName() + " is not the uninterrupted run's rows from " + first);
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
