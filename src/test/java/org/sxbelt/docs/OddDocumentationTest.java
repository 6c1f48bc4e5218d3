package org.sxbelt.docs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.model.Indicator;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps docs/ODD.md from going stale: the parameter table between the markers must list every
 * parameter of {@link ParamSchema} with its current default (and nothing else), and every indicator
 * of {@link Indicator#all()} must be named in the document.
 *
 * <p>To fix a failure, regenerate the table: {@code ./sxbelt params --markdown} and paste the output between the markers; describe new
 * indicators in section 8.
 */
class OddDocumentationTest {

    static final String BEGIN = "<!-- params:begin -->";
    static final String END = "<!-- params:end -->";
    private static final String REGENERATE = " (regenerate the table with: ./sxbelt params --markdown and paste it between " + BEGIN + " and " + END + ")";

    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        Path p = Path.of("docs", "ODD.md");
        String base = System.getProperty("basedir");
        if (!Files.exists(p) && base != null) p = Path.of(base, "docs", "ODD.md");
        assertTrue(Files.exists(p), "docs/ODD.md not found from " + Path.of("").toAbsolutePath());
        doc = Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void parameterTableListsEverySchemaParameterWithItsDefault() {
        Map<String, String> table = parameterTable(doc);
        List<String> problems = new ArrayList<>();
        for (Param p : ParamSchema.all()) {
            String def = table.get(p.key());
            if (def == null) {
                problems.add(p.key() + " is missing from the table");
            } else if (!def.equals(p.format(p.defaultValue()))) {
                problems.add(p.key() + ": the table says default " + def + ", the schema "
                        + p.format(p.defaultValue()));
            }
        }
        for (String key : table.keySet()) {
            if (ParamSchema.byKey(key) == null) problems.add(key + " is in the table but not in ParamSchema");
        }
        if (!problems.isEmpty()) fail("docs/ODD.md section 9 is out of date:\n  " + String.join("\n  ", problems)
                + "\n" + REGENERATE);
    }

    @Test
    void everyIndicatorIsNamedInTheDocument() {
        List<String> missing = new ArrayList<>();
        for (Indicator i : Indicator.all()) {
            Pattern word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(i.name()) + "(?![A-Za-z0-9_])");
            if (!word.matcher(doc).find()) missing.add(i.name());
        }
        assertEquals(List.of(), missing, "indicators not described in docs/ODD.md (add them to section 8)");
    }

    @Test
    void tableParserReadsEscapedCells() {
        String sample = "x\n" + BEGIN + "\n| key | unit | default | allowed | meaning | source |\n|---|---|---|---|---|---|\n"
                + "| `a.b` | yuan \\| month | 0.5 | a number in [0, 1] | A \\| B. | src |\n" + END + "\n";
        assertEquals(Map.of("a.b", "0.5"), parameterTable(sample));
    }

    /** Key to default cell of the Markdown table between the markers. */
    static Map<String, String> parameterTable(String text) {
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        if (b < 0 || e < 0 || e < b) fail("docs/ODD.md lacks the markers " + BEGIN + " ... " + END + REGENERATE);
        if (text.indexOf(BEGIN, b + 1) >= 0 || text.indexOf(END, e + 1) >= 0) fail("the parameter markers appear twice");
        List<String> lines = text.substring(b + BEGIN.length(), e).lines().map(String::strip)
                .filter(l -> l.startsWith("|")).toList();
        if (lines.size() < 2) fail("no parameter table between the markers" + REGENERATE);
        List<String> header = MarkdownTable.cells(lines.get(0));
        int keyCol = header.indexOf("key");
        int defCol = header.indexOf("default");
        if (keyCol < 0 || defCol < 0) fail("the table header needs 'key' and 'default' columns: " + lines.get(0));
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.matches("\\|[\\s:|-]*")) continue; // the |---|---| rule
            List<String> c = MarkdownTable.cells(line);
            if (c.size() <= Math.max(keyCol, defCol)) fail("short table row: " + line);
            String key = c.get(keyCol).replace("`", "").strip();
            if (map.put(key, c.get(defCol).replace("`", "").strip()) != null) fail("parameter listed twice: " + key);
        }
        return map;
    }
}
