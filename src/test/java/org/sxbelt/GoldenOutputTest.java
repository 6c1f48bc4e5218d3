package org.sxbelt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden output digest: SHA-256 of what a short coarse run and a short sweep write, through the
 * command line exactly as a user runs them. A refactoring must leave these digests alone; a commit
 * that changes the model's behaviour on purpose updates them and says why in its message.
 */
class GoldenOutputTest {

    /** {@code run --scenario baseline --scale 1000 --months 36 --seed 7}. */
    static final String INDICATORS = "58cca55d076f9e8b90cde7b1fa002aaca18c9c5f7812b27813fee5127d5a4fa7";
    static final String FIRM_EVENTS = "268f7163f1824d7100c3c0ec3bf4a4100e82d9a7ad43a8cfa6370d7c5ab85ba1";
    /** {@code sweep} of {@link #EXPERIMENT}: two scenarios, two factor levels, two replications. */
    static final String RESULTS = "2093ae38eb5c5932761fbfeb3a2161411d14b1e3624a19d86a7708f02330da2c";

    static final String EXPERIMENT = """
            name = "golden"
            scenarios = ["baseline", "no-counterpart-aid"]
            replications = 2
            months = 12
            scale = 1000
            seed = 3
            indicators = ["poverty_rate", "employment_park", "wage_mean_park", "firms_park"]
            levels = ["belt", "prefecture"]
            [design]
            type = "factorial"
            [[factors]]
            key = "policy.wageSubsidy"
            levels = [0.1, 0.3]
            """;

    @TempDir
    Path tmp;

    @Test
    void coarseRunWritesTheGoldenBytes() throws IOException {
        cli("run", "--scenario", "baseline", "--scale", "1000", "--months", "36", "--seed", "7",
                "--out", tmp.toString(), "--name", "golden", "--quiet");
        Path run = tmp.resolve("golden");
        assertEquals(INDICATORS, sha256(run.resolve("indicators.csv")), "indicators.csv");
        assertEquals(FIRM_EVENTS, sha256(run.resolve("firm_events.csv")), "firm_events.csv");
    }

    @Test
    void shortSweepWritesTheGoldenBytes() throws IOException {
        Path file = tmp.resolve("golden.toml");
        Files.writeString(file, EXPERIMENT);
        cli("sweep", file.toString(), "--threads", "2", "--out", tmp.resolve("sweeps").toString(), "--quiet");
        assertEquals(RESULTS, sha256(tmp.resolve("sweeps/golden/results.csv")), "results.csv");
    }

    private static void cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 is required of every JVM", e);
        }
    }
}
