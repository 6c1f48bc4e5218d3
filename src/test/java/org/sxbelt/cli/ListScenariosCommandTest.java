package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sxbelt list-scenarios}: built-in scenarios from the index, or the files of a folder; exit codes. */
class ListScenariosCommandTest {

    /** The policy scenarios of design brief §6, each a built-in file extending the baseline. */
    private static final List<String> POLICY_SCENARIOS = List.of("no-counterpart-aid", "subsidy-5y",
            "subsidy-tapered", "training-first", "infrastructure-first", "satellite-workshops", "parks-only",
            "organised-transfer-push", "export-shock", "cotton-sanctions", "industrial-upgrading", "resettlement",
            "land-transfer", "expected-income-rule", "care-services");

    @TempDir
    Path tmp;

    @Test
    void listsEveryBuiltInScenarioInIndexOrderWithParentAndDescription() {
        MainTest.Result r = MainTest.run("list-scenarios");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        List<String> names = ScenarioLoader.listBuiltIn();
        assertTrue(names.contains("baseline"), names.toString());
        assertTrue(names.containsAll(POLICY_SCENARIOS), names.toString());
        assertEquals(names.size() + 2, lines.size(), "header, rule, one line per scenario:\n" + r.out());
        assertEquals(List.of("name", "extends", "description"), List.of(lines.get(0).split("\\s+")));
        assertTrue(lines.get(1).matches("-+  -+  -+"), lines.get(1));

        int extendsCol = lines.get(0).indexOf("extends");
        int descriptionCol = lines.get(0).indexOf("description");
        for (int i = 0; i < names.size(); i++) {
            String line = lines.get(i + 2);
            Scenario s = ScenarioLoader.loadResource(names.get(i));
            assertTrue(line.startsWith(s.name() + " "), "index order: " + line);
            // Aligned: the parent and the description start in the same column on every line.
            assertTrue(line.substring(extendsCol).startsWith(s.extendsName() + " "), line);
            assertEquals(s.description(), line.substring(descriptionCol), line);
            assertTrue(line.substring(s.name().length(), extendsCol).isBlank(), line);
        }
        for (String p : POLICY_SCENARIOS) {
            String line = lines.stream().filter(l -> l.startsWith(p + " ")).findFirst().orElseThrow();
            assertEquals("baseline", line.substring(extendsCol, descriptionCol).strip(), line);
        }
        String baseline = lines.stream().filter(l -> l.startsWith("baseline ")).findFirst().orElseThrow();
        assertEquals("defaults", baseline.substring(extendsCol, descriptionCol).strip(), baseline);
    }

    @Test
    void listsTheFilesOfAFolderWithParentsResolvedNextToThemOrBuiltIn() throws IOException {
        Files.writeString(tmp.resolve("local-base.toml"), """
                name = "local-base"
                description = "A local parent."
                [params]
                "policy.subsidyMonths" = 48
                """);
        Files.writeString(tmp.resolve("child.toml"), """
                name = "child"
                description = "Extends the local parent."
                extends = "local-base"
                """);
        Files.writeString(tmp.resolve("on-baseline.toml"), """
                name = "on-baseline"
                description = "Extends the built-in baseline."
                extends = "baseline"
                """);
        Files.writeString(tmp.resolve("notes.txt"), "not a scenario");
        MainTest.Result r = MainTest.run("list-scenarios", "--dir", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("""
                name         extends     description
                -----------  ----------  ------------------------------
                child        local-base  Extends the local parent.
                local-base   defaults    A local parent.
                on-baseline  baseline    Extends the built-in baseline.
                """, r.out().replace("\r\n", "\n"));
    }

    @Test
    void theScenariosFolderOfTheProjectListsLikeTheBuiltIns() {
        MainTest.Result r = MainTest.run("list-scenarios", "--dir", ScenarioLoader.SCENARIO_DIR);
        assertEquals(0, r.code(), r.err());
        List<String> names = r.out().lines().skip(2).map(l -> l.split("\\s+")[0]).sorted().toList();
        assertEquals(ScenarioLoader.listBuiltIn().stream().sorted().toList(), names);
    }

    @Test
    void badFolderIsAOneLineUserError() throws IOException {
        Path missing = tmp.resolve("no-such-folder");
        String line = MainTest.run("list-scenarios", "--dir", missing.toString()).userError();
        assertEquals("error: --dir " + missing + ": no such folder", line);

        Path file = Files.writeString(tmp.resolve("plain.toml"), "name = \"plain\"\n");
        line = MainTest.run("list-scenarios", "--dir", file.toString()).userError();
        assertEquals("error: --dir " + file + ": not a folder", line);

        Path empty = Files.createDirectory(tmp.resolve("empty"));
        line = MainTest.run("list-scenarios", "--dir", empty.toString()).userError();
        assertEquals("error: --dir " + empty + ": no scenario files (*.toml) in the folder", line);

        assertTrue(MainTest.run("list-scenarios", "--dir").userError().contains("--dir"));
    }

    @Test
    void brokenScenarioFileIsReportedWithItsLine() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("broken"));
        Files.writeString(dir.resolve("bad.toml"), """
                name = "bad"
                description = "Out of range."
                [params]
                "policy.subsidyMonths" = 500
                """);
        String line = MainTest.run("list-scenarios", "--dir", dir.toString()).userError();
        assertTrue(line.contains("bad.toml line 4") && line.contains("policy.subsidyMonths"), line);
    }

    @Test
    void helpAndUnknownOption() {
        MainTest.Result help = MainTest.run("list-scenarios", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--dir <folder>"), help.out());
        assertTrue(MainTest.run("help").out().contains("  list-scenarios "), "overview lists the command");
        String line = MainTest.run("list-scenarios", "--dri", "x").userError();
        assertTrue(line.contains("--dri") && line.contains("did you mean --dir"), line);
        line = MainTest.run("list-scenarios", "baseline").userError();
        assertTrue(line.contains("unexpected argument 'baseline'"), line);
    }
}
