package org.sxbelt.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.model.Level;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TidyCsvWriterTest {

    @TempDir
    Path dir;

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("kashgar", TidyCsvWriter.field("kashgar"));
        assertEquals("", TidyCsvWriter.field(null));
        assertEquals("", TidyCsvWriter.field(""));
        assertEquals("with space", TidyCsvWriter.field("with space"));
        assertEquals("\"a,b\"", TidyCsvWriter.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", TidyCsvWriter.field("say \"hi\""));
        assertEquals("\"two\nlines\"", TidyCsvWriter.field("two\nlines"));
        assertEquals("\"cr\rhere\"", TidyCsvWriter.field("cr\rhere"));
        assertEquals("喀什", TidyCsvWriter.field("喀什"));
        // Commons CSV's minimal quoting also guards a leading space or '#' and a trailing space
        assertEquals("\" lead\"", TidyCsvWriter.field(" lead"));
        assertEquals("\"#x\"", TidyCsvWriter.field("#x"));
        assertEquals("\"trail \"", TidyCsvWriter.field("trail "));
    }

    @Test
    void writesTidyRowsAndAppearsOnlyOnClose() throws IOException {
        Path target = dir.resolve("indicators.csv");
        TidyCsvWriter w = new TidyCsvWriter(target);
        w.record(0, Level.BELT, null, "employment_rate", 0.25);
        w.record(0, Level.COUNTY, "shufu", "park_jobs", 120);
        w.record(13, Level.TOWN, "a,b", "income \"mean\"", Double.NaN);
        w.record(191, Level.PREFECTURE, "kashgar", "x", 1.0 / 3);
        assertFalse(Files.exists(target), "the file must not appear before close");
        assertEquals(4, w.rows());
        w.close();
        w.close(); // idempotent

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "month,level,unit,indicator,value",
                "2015-01,belt,belt,employment_rate,0.25",
                "2015-01,county,shufu,park_jobs,120",
                "2016-02,town,\"a,b\",\"income \"\"mean\"\"\",NA",
                "2030-12,prefecture,kashgar,x,0.333333"), lines);
        String raw = Files.readString(target);
        assertFalse(raw.contains("\r"), "lines end with \\n");
        assertEquals(List.of(target), listDir(), "no temporary file left next to the output");
        assertThrows(IllegalStateException.class, () -> w.record(0, Level.BELT, null, "late", 1));
    }

    @Test
    void awkwardFieldsComeBackWhole() throws IOException {
        // Whatever the text, a CSV reader gets it back: quoting is Commons CSV's (a leading '#' or space,
        // a trailing space and embedded line ends included), not a rule of our own.
        List<String> units = List.of("a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", " lead", "trail ", "#hash",
                "!bang", "喀什", "");
        Path target = dir.resolve("awkward.csv");
        try (TidyCsvWriter w = new TidyCsvWriter(target)) {
            for (String u : units) w.record(0, Level.TOWN, u, u, -1.5);
        }
        try (CSVParser p = CSVParser.parse(target, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(units.size(), rows.size());
            for (int i = 0; i < units.size(); i++) {
                assertEquals(List.of("2015-01", "town", units.get(i), units.get(i), "-1.5"), rows.get(i).toList());
            }
        }
    }

    @Test
    void discardLeavesNothing() throws IOException {
        Path target = dir.resolve("indicators.csv");
        TidyCsvWriter w = new TidyCsvWriter(target);
        w.record(0, Level.BELT, null, "a", 1);
        w.discard();
        w.close(); // no-op after discard
        assertEquals(List.of(), listDir());
    }

    @Test
    void replacesAnExistingFileAtomically() throws IOException {
        Path target = dir.resolve("indicators.csv");
        Files.writeString(target, "old");
        try (TidyCsvWriter w = new TidyCsvWriter(target)) {
            w.record(2, Level.BELT, "belt", "a", 7);
            assertEquals("old", Files.readString(target), "old content stays until close");
        }
        assertEquals("month,level,unit,indicator,value\n2015-03,belt,belt,a,7\n", Files.readString(target));
    }

    @Test
    void handlesManyRowsAndMonths() throws IOException {
        Path target = dir.resolve("big.csv");
        try (TidyCsvWriter w = new TidyCsvWriter(target)) {
            for (int m = 0; m < 600; m++) {
                for (int i = 0; i < 200; i++) w.record(m, Level.COUNTY, "c" + i, "v", m * 0.5);
            }
            assertEquals(120_000, w.rows());
        }
        List<String> lines = Files.readAllLines(target);
        assertEquals(120_001, lines.size());
        assertEquals("2064-12,county,c199,v,299.5", lines.get(lines.size() - 1));
    }

    private List<Path> listDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
