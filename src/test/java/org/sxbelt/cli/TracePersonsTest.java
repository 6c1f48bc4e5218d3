package org.sxbelt.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.output.DecisionTraceCsv;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.cli.MainTest.run;

/**
 * {@code run --trace-persons}: the trace changes no result (the same indicators and firm events byte for
 * byte), explains a migrant's move in words, and a bad count is a user error. (That the trace does not
 * depend on the thread count is checked in {@code model.ThreadCountIndependenceTest}.)
 */
class TracePersonsTest {

    @TempDir
    Path out;

    private Path runTo(String name, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--months", "24", "--scale", "1000", "--seed", "3",
                "--out", out.toString(), "--name", name, "--quiet"));
        args.addAll(List.of(extra));
        MainTest.Result r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out.resolve(name);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void traceChangesNoResultAndExplainsMigrants() throws IOException {
        Path plain = runTo("plain");
        Path traced = runTo("traced", "--trace-persons", "5000");
        assertFalse(Files.exists(plain.resolve(RunCommand.TRACE)), "no trace without the option");
        for (String f : List.of(RunCommand.INDICATORS, RunCommand.FIRM_EVENTS)) {
            assertEquals(sha256(plain.resolve(f)), sha256(traced.resolve(f)), f + " with and without the trace");
        }
        // The same trace whatever the thread count: model.ThreadCountIndependenceTest, at a scale with several
        // blocks (scale 1000 has about 11,000 persons, a single block).
        assertTrue(Files.readString(traced.resolve("manifest.json")).contains(RunCommand.TRACE), "listed in the manifest");

        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(traced.resolve(RunCommand.TRACE))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
        assertTrue(rows.size() > 1000, "rows: " + rows.size());
        assertEquals(DecisionTraceCsv.HEADER, Files.readAllLines(traced.resolve(RunCommand.TRACE)).get(0));
        assertTrue(rows.stream().map(r -> r.get("person")).distinct().count() <= 5000);

        // A migrant's move in words: the market, what staying was worth and what the market was expected to pay.
        CSVRecord move = rows.stream()
                .filter(r -> r.get("status_after").startsWith("migrant_") && !r.get("status_before").startsWith("migrant_"))
                .filter(r -> r.get("reason").startsWith("searched"))
                .findFirst().orElseThrow(() -> new AssertionError("no traced person became a migrant"));
        String market = move.get("chosen");
        assertTrue(market.startsWith(move.get("status_after") + " "), move.toString());
        String reason = move.get("reason");
        assertTrue(reason.matches("searched: \\w+ [\\d,-]+ < expected " + market + " [\\d,]+.*"), reason);
        assertTrue(reason.contains("hired: " + market), reason);
        assertTrue(move.get("options").contains(market + " "), move.get("options"));

        // Returns are told apart by cause.
        assertTrue(rows.stream().anyMatch(r -> r.get("reason").startsWith("returned: ")), "some migrant returned");
    }

    @Test
    void badTraceCountIsAUserError() throws IOException {
        for (String bad : List.of("-1", "100001", "many", "2.5")) {
            String line = run("run", "--months", "1", "--scale", "1000", "--trace-persons", bad,
                    "--out", out.toString()).userError();
            assertTrue(line.startsWith("error: --trace-persons = " + bad + " ")
                    && line.endsWith("expected a whole number in [0, 100000]"), line);
        }
        try (var s = Files.list(out)) {
            assertEquals(0, s.count(), "no run folder");
        }
    }
}
