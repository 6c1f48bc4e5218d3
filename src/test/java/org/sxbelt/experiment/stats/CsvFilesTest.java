package org.sxbelt.experiment.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV edge cases through the experiment files' readers and writer. */
class CsvFilesTest {

    private static final String HEAD = "point,scenario,\"a,b\",design_type,design_group,design_step";

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsQuotesCommasLineBreaksABomAndCrlf() throws IOException {
        DesignFile d = DesignFile.read(file("design.csv", "\uFEFF" + HEAD + "\r\n"
                + "0,\"base, line\",1,none,,\r\n"
                + "1,\"say \"\"hi\"\"\",\"two\nlines\",factorial,,\r\n"
                + "\r\n"
                + "2,plain,\"\",lhs,,\r\n"));
        assertEquals(List.of("a,b"), d.factors(), "BOM left out, quoted comma kept in the header");
        assertEquals("base, line", d.point(0).scenario());
        assertEquals("say \"hi\"", d.point(1).scenario());
        assertEquals(List.of("two\nlines"), d.point(1).values());
        assertEquals("", d.point(2).values().get(0));
        assertEquals("lhs", d.point(2).type(), "CR of the CRLF not left in the last field");
        assertEquals(3, d.points().size(), "the blank line is skipped");
    }

    @Test
    void errorsNameTheFileAndTheLineARowStartsOn() throws IOException {
        // line 3 holds a field over two lines, so the bad point is on line 5
        Path bad = file("bad.csv", HEAD + "\n0,s,1,none,,\n1,\"s\n2\",1,none,,\nx,s,1,none,,\n");
        ExperimentDataException e = assertThrows(ExperimentDataException.class, () -> DesignFile.read(bad));
        assertEquals(bad + " line 5: point 'x' is not a whole number", e.getMessage());

        Path open = file("open.csv", HEAD + "\r\n0,s,1,none,,\r\n1,\"s,1,none,,\r\n");
        e = assertThrows(ExperimentDataException.class, () -> DesignFile.read(open));
        assertEquals(open + " line 3: unclosed quote", e.getMessage());

        Path after = file("after.csv", HEAD + "\n0,\"s\"x,1,none,,\n");
        e = assertThrows(ExperimentDataException.class, () -> DesignFile.read(after));
        assertEquals(after + " line 2: text after the closing quote", e.getMessage());

        Path results = file("results.csv", "\uFEFFrun,point,replicate,seed,scenario,month,level,unit,indicator,value\r\n"
                + "p0-r0,0,0,1,s,2025-01,belt,belt,jobs,3\r\np0-r0,0,0,1,s,2025-02,belt,belt,jobs,three\r\n");
        e = assertThrows(ExperimentDataException.class, () -> ResultsFile.read(results));
        assertEquals(results + " line 3: value 'three' is not a number or NA", e.getMessage());
    }

    @Test
    void writesMinimalQuotesAndReadsItsOwnOutputBack() throws IOException {
        assertEquals("a,\"b,c\",\"d\"\"e\",,\"f\ng\",-1.5\n", Csv.line(List.of("a", "b,c", "d\"e", "", "f\ng", "-1.5")));
        DesignFile d = new DesignFile(List.of("k,1", "k2"), List.of(
                new DesignFile.Point(0, "a \"b\", c", List.of("1", "x\ny"), "morris", "0", "1"),
                new DesignFile.Point(1, "plain", List.of("", "2"), "morris", "0", "2")));
        String text = d.csv();
        assertTrue(text.startsWith("point,scenario,\"k,1\",k2,design_type,design_group,design_step\n"), text);
        DesignFile back = DesignFile.read(file("design.csv", text));
        assertEquals(d.factors(), back.factors());
        assertEquals(d.points(), back.points());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), back.csv().getBytes(StandardCharsets.UTF_8));
    }
}
