package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.sxbelt.docs.MarkdownTable;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sxbelt params}: every schema parameter listed, in text and as a Markdown table. */
class ParamsCommandTest {

    @Test
    void theDefaultListingFitsInAHundredColumnsAndSaysEverything() {
        MainTest.Result r = MainTest.run("params");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        for (String l : lines) assertTrue(l.codePointCount(0, l.length()) <= ParamsCommand.WIDTH, "too wide: " + l);
        // the words of each block, joined again, hold every field
        String text = String.join(" ", lines).replaceAll("\\s+", " ");
        for (Param p : ParamSchema.all()) {
            String head = p.key() + " = " + p.format(p.defaultValue()) + (p.unit().isBlank() ? "" : " (" + p.unit() + ")");
            assertTrue(lines.contains(head) || text.contains(head), "no block for " + p.key());
            int at = text.indexOf(head);
            String block = text.substring(at, Math.min(text.length(), at + head.length() + 2000));
            assertTrue(block.contains(p.description().strip().replaceAll("\\s+", " ")), p.key());
            assertTrue(block.contains("Allowed: " + p.allowed().replaceAll("\\s+", " ") + "."), p.key());
            if (!p.source().isBlank()) assertTrue(block.contains("Source: " + p.source().strip().replaceAll("\\s+", " ")), p.key());
        }
        assertTrue(MainTest.run("params", "--wide", "--markdown").userError().contains("not both"));
    }

    @Test
    void wideListsEveryParameterOnOneAlignedLine() {
        MainTest.Result r = MainTest.run("params", "--wide");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(ParamSchema.size() + 2, lines.size(), "header, rule, one line per parameter");
        assertTrue(lines.get(0).startsWith("key "), lines.get(0));
        for (Param p : ParamSchema.all()) {
            String line = lines.stream().filter(l -> l.startsWith(p.key() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + p.key() + ":\n" + r.out()));
            assertTrue(line.contains(" " + p.format(p.defaultValue()) + " "), line);
            assertTrue(line.contains(p.allowed()), line);
            assertTrue(line.contains(p.description()), line);
            assertTrue(line.endsWith(p.source()), line);
        }
        // Aligned: the default column starts at the same position on every line.
        int col = lines.get(0).indexOf("default");
        for (Param p : ParamSchema.all()) {
            String line = lines.stream().filter(l -> l.startsWith(p.key() + " ")).findFirst().orElseThrow();
            assertTrue(line.substring(col).startsWith(p.format(p.defaultValue()) + " "), line);
        }
    }

    @Test
    void markdownIsOneTableRowPerParameter() {
        MainTest.Result r = MainTest.run("params", "--markdown");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(ParamSchema.size() + 2, lines.size());
        assertEquals("| key | unit | default | allowed | meaning | source |", lines.get(0));
        assertEquals("|---|---|---|---|---|---|", lines.get(1));
        for (int i = 0; i < ParamSchema.size(); i++) {
            Param p = ParamSchema.all().get(i);
            String row = lines.get(i + 2);
            assertTrue(row.startsWith("| `" + p.key() + "` | "), row);
            List<String> cells = MarkdownTable.cells(row);
            assertEquals(6, cells.size(), row);
            assertEquals(p.key(), MarkdownTable.code(cells.get(0)));
            assertEquals(p.unit(), cells.get(1));
            assertEquals(p.format(p.defaultValue()), cells.get(2));
            assertEquals(p.allowed(), cells.get(3));
        }
    }

    @Test
    void helpAndUnknownOption() {
        MainTest.Result help = MainTest.run("params", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--markdown"), help.out());
        assertTrue(help.out().contains("--wide"), help.out());
        assertTrue(MainTest.run("help").out().contains("  params "), "overview lists the command");
        String line = MainTest.run("params", "--markdwon").userError();
        assertTrue(line.contains("--markdwon") && line.contains("did you mean --markdown"), line);
    }
}
