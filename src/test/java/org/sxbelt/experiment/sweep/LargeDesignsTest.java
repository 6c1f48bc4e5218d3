package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Design sizes without overflow and streamed designs (issue 16 item 6): the run count is exact or
 * saturates, above the cap is one line; a plan holds no list of its points or runs (a Sobol design of
 * 10^7 runs is made in milliseconds and a few kB), writes and compares design.csv row by row with the
 * same bytes as before, and a sweep of more than 10,000 runs warns with the count and the time.
 */
class LargeDesignsTest {

    @TempDir
    Path tmp;

    private static final String HEAD = "name = \"d\"\nscenarios = [\"baseline\", \"cotton-sanctions\"]\nreplications = 2\n"
            + "indicators = [\"poverty_rate\"]\n";
    private static final String THREE = "[[factors]]\nkey = \"policy.subsidyMonths\"\n%s\n[[factors]]\n"
            + "key = \"labor.searchRate\"\n%s\n[[factors]]\nkey = \"farm.sideIncome\"\n%s\n";
    private static final String RANGES = String.format(THREE, "min = 0\nmax = 60", "min = 0.05\nmax = 0.9", "min = 0\nmax = 3000");

    /**
     * design.csv digests of the lists the designs were built as before they were streamed (commit
     * 00b14db): the streamed designs are the same bytes, so earlier folders resume.
     */
    @Test
    void streamedDesignsAreTheSameBytesAsTheListsBefore() throws IOException {
        String[][] cases = {
                {"[design]\ntype = \"factorial\"\n" + String.format(THREE, "levels = [12, 24, 36]", "levels = [0.1, 0.2]",
                        "levels = [50, 100, 150, 200]"), "d85248140b71d256a37ea31e251e493777c75287d028a792d5804994b691cb07"},
                {"[design]\ntype = \"lhs\"\npoints = 37\n" + RANGES, "a3de3d741c80059032e4572a3f5834f0a20177afee453282bb5cd288464bce44"},
                {"[design]\ntype = \"morris\"\ntrajectories = 9\ngrid = 6\n" + RANGES,
                        "5178a782eaeb012c665ddbbc75330145e9be3ec9ef7716154fe5855c117235b8"},
                {"[design]\ntype = \"sobol\"\nsamples = 33\n" + RANGES, "81477620a28d4eef5d147594cdfa82dafe90668c5e81096125719dac3c109bab"},
                {"", "15a9e3a80a36735df21c72368dee9ca12aee6de0e1650a3318ef8a80ea75daa4"},
        };
        for (String[] c : cases) {
            SweepPlan plan = SweepPlan.of(ExperimentFile.parse(HEAD + c[0], "t", null));
            Path file = tmp.resolve(plan.experiment().type().label() + ".csv");
            plan.writeDesign(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(c[1], sha256(text), plan.experiment().type().label());
            assertEquals(plan.file().csv(), text);
            assertTrue(plan.designMatches(file));
            Files.writeString(file, text.substring(0, text.length() - 2) + "9\n");
            assertFalse(plan.designMatches(file), "a changed last value");
            Files.writeString(file, text + "x");
            assertFalse(plan.designMatches(file), "a longer file");
            Files.writeString(file, text.substring(0, text.length() / 2));
            assertFalse(plan.designMatches(file), "a shorter file");
        }
    }

    @Test
    void morrisStepsAreMadeFromTheirIndexLikeTheTrajectoryList() {
        MorrisDesign d = MorrisDesign.generate(5, 4, 6, 11);
        List<UnitPoint> list = d.points();
        for (int t = 0; t < 5; t++) {
            for (int s = 1; s <= 4; s++) {
                UnitPoint prev = list.get(t * 5 + s - 1), cur = list.get(t * 5 + s);
                int j = d.changedFactor(t, s);
                assertEquals(d.delta(), Math.abs(cur.u(j) - prev.u(j)), 1e-12);
            }
        }
    }

    @Test
    void sixteenFactorsOfSixteenLevelsIsOneLineAboveTheCapNotZero() {
        StringBuilder f = new StringBuilder("[design]\ntype = \"factorial\"\n");
        String[] keys = {"policy.subsidyMonths", "labor.searchRate", "farm.sideIncome", "farm.netIncomePerMu",
                "farm.muPerWorker", "demography.birthRate", "demography.deathRate", "labor.logitScale",
                "labor.homeAttachment", "labor.inlandAttachment", "labor.reconsiderRate", "labor.beliefWeight",
                "labor.reservationDecay", "labor.commuteCostPerKm", "farm.courtyardIncome", "farm.greenhouseIncome"};
        for (String k : keys) {
            List<String> levels = new ArrayList<>();
            double max = org.sxbelt.params.ParamSchema.byKey(k).max(), min = org.sxbelt.params.ParamSchema.byKey(k).min();
            for (int i = 0; i < 16; i++) {
                double v = min + (max - min) * i / 15.0;
                levels.add(org.sxbelt.params.ParamSchema.byKey(k).kind() == org.sxbelt.params.Param.Kind.INTEGER
                        ? Long.toString(Math.round(v)) : Double.toString(v));
            }
            if (org.sxbelt.params.ParamSchema.byKey(k).kind() == org.sxbelt.params.Param.Kind.INTEGER) {
                levels = new ArrayList<>(new java.util.LinkedHashSet<>(levels));
            }
            f.append("[[factors]]\nkey = \"").append(k).append("\"\nlevels = [").append(String.join(", ", levels)).append("]\n");
        }
        assertEquals(Long.MAX_VALUE, FullFactorial.size(new int[] {16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
                16, 16, 16}), "2^64 saturates");
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentFile.parse(HEAD + f, "big.toml", null));
        assertTrue(e.getMessage().startsWith("big.toml: the design has ") && e.getMessage().contains("at most 10,000,000"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aSobolDesignOfTenMillionRunsIsMadeWithoutHoldingIt() {
        // 625,000 samples x (6 + 2) matrices x 2 scenarios x 1 replication = 10^7 runs, the cap
        String text = "name = \"d\"\nscenarios = [\"baseline\", \"cotton-sanctions\"]\nindicators = [\"poverty_rate\"]\n"
                + "[design]\ntype = \"sobol\"\nsamples = 625000\n";
        for (String k : List.of("policy.subsidyMonths", "labor.searchRate", "farm.sideIncome", "farm.netIncomePerMu",
                "labor.logitScale", "labor.beliefWeight")) {
            org.sxbelt.params.Param p = org.sxbelt.params.ParamSchema.byKey(k);
            text += "[[factors]]\nkey = \"" + k + "\"\nmin = " + p.format(p.min()) + "\nmax = " + p.format(p.max()) + "\n";
        }
        String full = text;
        Experiment e = ExperimentFile.parse(full, "sobol.toml", null);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        SweepPlan plan = SweepPlan.of(e);
        System.gc();
        long grown = rt.totalMemory() - rt.freeMemory() - before;
        assertEquals(10_000_000, plan.runCount());
        assertEquals(10_000_000, plan.runs().size());
        assertTrue(grown < 50L << 20, "the plan holds " + (grown >> 20) + " MB");
        // the last run and point are made from their index, and AB6's column 6 comes from B
        assertEquals("p9999999-r0", plan.runs().get(9_999_999).id());
        assertEquals(plan.run(9_999_999), plan.run("p9999999-r0"), "a run found from its id (merge)");
        assertEquals(plan.run(123), plan.run("p0000123-r0"));
        assertNull(plan.run("p10000000-r0"));
        assertNull(plan.run("p123-r0"), "another padding is another id");
        assertNull(plan.run("p0000123-r1"));
        assertNull(plan.run("p0000123-r0.csv"));
        SweepPlan.Point last = plan.point(9_999_999);
        assertEquals("cotton-sanctions", last.scenario());
        assertEquals("AB6", last.group());
        assertEquals(624_999, last.step());
        SweepPlan.Point b = plan.point(5_000_000 + 625_000 + 624_999);
        assertEquals("B", b.group());
        assertEquals(b.value(5), last.value(5), 0.0);
        assertThrows(ExperimentException.class, () -> ExperimentFile.parse(full.replace("625000", "625001"), "s", null));
    }

    @Test
    void aLatinHypercubeTooLargeToHoldIsOneLine() {
        String text = HEAD + "[design]\ntype = \"lhs\"\npoints = 1000000\n" + RANGES;
        // 3 factors x 10^6 points x 2 scenarios x 2 replications = 4 x 10^6 runs, 3 x 10^6 cells: accepted
        assertEquals(4_000_000, SweepPlan.of(ExperimentFile.parse(text, "l", null)).runCount());
        StringBuilder many = new StringBuilder(HEAD.replace("replications = 2", "replications = 1")
                .replace("[\"baseline\", \"cotton-sanctions\"]", "[\"baseline\"]") + "[design]\ntype = \"lhs\"\npoints = 1000000\n");
        int n = 0;
        for (org.sxbelt.params.Param p : org.sxbelt.params.ParamSchema.all()) {
            if (p.group().equals("run") || p.kind() == org.sxbelt.params.Param.Kind.BOOLEAN
                    || p.kind() == org.sxbelt.params.Param.Kind.CHOICE || !(p.min() < p.max())) continue;
            many.append("[[factors]]\nkey = \"").append(p.key()).append("\"\nmin = ").append(p.format(p.min()))
                    .append("\nmax = ").append(p.format(p.max())).append("\n");
            if (++n == 11) break;
        }
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentFile.parse(many.toString(), "lhs.toml", null));
        assertTrue(e.getMessage().startsWith("lhs.toml line ") && e.getMessage().contains("points x factors"), e.getMessage());
    }

    @Test
    void inFlightHoldsAtMostItsWindow() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> collected = new ArrayList<>();
            InFlight<Integer, Integer> q = new InFlight<>(pool, 4, (k, v) -> collected.add(v));
            AtomicInteger made = new AtomicInteger();
            int most = 0;
            for (int i = 0; i < 1000; i++) {
                int x = i;
                q.submit(i, () -> {
                    made.incrementAndGet();
                    return x;
                });
                most = Math.max(most, q.pending());
            }
            q.finish();
            assertEquals(4, most);
            assertEquals(1000, made.get());
            for (int i = 0; i < 1000; i++) assertEquals(i, collected.get(i), "collected in submission order");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWarningGivesTheRunCountAndTheTime() {
        assertEquals(0.7, SweepEstimate.secondsPerRun(192, 1000), 1e-9, "the bench figure at 1:1000");
        assertEquals(2.5, SweepEstimate.secondsPerRun(192, 100), 1e-9, "the bench figure at 1:100 is 2.1");
        assertNull(SweepEstimate.warning(10_000, 1, 2));
        String w = SweepEstimate.warning(10_001, 2.5, 2);
        assertTrue(w.startsWith("warning: 10,001 runs to do") && w.contains("3 h 28 min"), w);
        assertTrue(SweepEstimate.warning(10_000_000, 2.5, 2).contains("145 days"), SweepEstimate.warning(10_000_000, 2.5, 2));
    }

    /** Stops the sweep at the warning, before any run. */
    private static final class Stop extends RuntimeException {
        Stop(String m) { super(m); }
    }

    @Test
    void aSweepOfMoreThanTenThousandRunsWarnsBeforeItStarts() throws IOException {
        String text = "name = \"w\"\nscenarios = [\"baseline\"]\nreplications = 10001\nmonths = 24\nscale = 500\n"
                + "indicators = [\"poverty_rate\"]\n";
        Experiment e = ExperimentFile.parse(text, "w.toml", "w");
        List<String> lines = new ArrayList<>();
        Sweep s = new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                new Sweep.Options(tmp, 2, Shard.ALL, line -> {
                    lines.add(line);
                    if (line.startsWith("warning:")) throw new Stop(line);
                })).hook(r -> { throw new AssertionError("no run before the warning"); });
        Stop stop = assertThrows(Stop.class, s::run);
        // 24 months at 1:500: 0.125 x (0.5 + 0.4) = 0.1125 s a run, 10,001 runs on 2 threads: about 9 min
        assertTrue(stop.getMessage().startsWith("warning: 10,001 runs to do; at about 0.11 s a run")
                && stop.getMessage().contains("2 threads") && stop.getMessage().contains("9m"), stop.getMessage());
        assertTrue(lines.get(0).startsWith("Experiment w: 1 design points x 10001 replications"), lines.get(0));
    }

    /** 100 levels x 1 scenario x 100,000 replications = 10^7 runs, with a design.csv of 100 rows. */
    static final String TEN_MILLION;

    static {
        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < 100; i++) levels.append(i == 0 ? "" : ", ").append(i * 10);
        TEN_MILLION = "name = \"big\"\nscenarios = [\"baseline\"]\nreplications = 100000\nmonths = 12\nscale = 1000\n"
                + "indicators = [\"poverty_rate\"]\n[design]\ntype = \"factorial\"\n[[factors]]\nkey = \"farm.sideIncome\"\n"
                + "levels = [" + levels + "]\n";
    }

    /**
     * The child JVM of {@link #aSweepOfTenMillionRunsStartsInBoundedMemory}: sweeps {@link #TEN_MILLION}
     * into args[0] and, when the first run is about to start,
     * prints the heap in use after a GC and halts.
     */
    public static final class TenMillion {
        public static void main(String[] args) throws IOException {
            Experiment e = ExperimentFile.parse(TEN_MILLION, "big.toml", "big");
            Sweep s = new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                    new Sweep.Options(Path.of(args[0]), 1, Shard.ALL, System.out::println)).hook(r -> {
                        for (int i = 0; i < 3; i++) System.gc();
                        Runtime rt = Runtime.getRuntime();
                        System.out.println("first run " + r.id() + " starts; heap in use " + (rt.totalMemory() - rt.freeMemory()));
                        System.out.flush();
                        Runtime.getRuntime().halt(0);
                    });
            s.run();
            Runtime.getRuntime().halt(3); // not reached: the first run halts
        }
    }

    /**
     * A sweep of 10^7 runs, in a child JVM with a 256 MB heap, goes through its status pass, writes its
     * design and manifest, warns and starts its first run with a heap of a few MB: it holds no
     * scenario, fingerprint or id per run (before, 10^7 fingerprints of 2-3 kB each: an OutOfMemoryError).
     * Measured: 7 MB in use after 3.7 s (the code before: OutOfMemoryError after 40 s).
     */
    @Test
    void aSweepOfTenMillionRunsStartsInBoundedMemory() throws Exception {
        Path out = tmp.resolve("out");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = tmp.resolve("child.log");
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                "-Djava.awt.headless=true", TenMillion.class.getName(), out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(180, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) child.destroyForcibly();
        String said = Files.readString(log);
        assertTrue(ended, "the child did not reach its first run in 180 s (a hang, not a speed target): " + said);
        assertEquals(0, child.exitValue(), said);
        assertTrue(said.contains("= 10000000 runs; 0 already finished, 10000000 to run"), said);
        assertTrue(said.contains("warning: 10,000,000 runs to do"), said);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("first run (\\S+) starts; heap in use (\\d+)").matcher(said);
        assertTrue(m.find(), said);
        assertEquals("p00-r00000", m.group(1));
        long heap = Long.parseLong(m.group(2));
        assertTrue(heap < 64L << 20, "heap in use at the first run: " + (heap >> 20) + " MB");
        assertTrue(Files.exists(out.resolve("big").resolve(RunFiles.DESIGN)));
        System.out.printf("10^7-run sweep: first run after %.1f s with %d MB in use%n", (System.nanoTime() - t0) / 1e9, heap >> 20);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
