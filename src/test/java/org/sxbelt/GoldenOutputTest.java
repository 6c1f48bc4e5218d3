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
    static final String INDICATORS = "7512279c2f4d4312275900c66c9dcd37831594a9ecbd9c138a9ef8715dfd5cb4";
    static final String FIRM_EVENTS = "6a76143017071e7c48a42973ba00e8588d01edd8c46921e8d0071a6234e329a7";
    /** {@code sweep} of {@link #EXPERIMENT}: two scenarios, two factor levels, two replications. */
    static final String RESULTS = "bbf3f31ca38b5c0d0b668ce21d2f24ec366c25049b3b67b5c4d15cfe86001d8d";

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
