package org.sxbelt.scenario;

import org.sxbelt.params.Scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The scenarios/ folder, its index.txt and what is built in agree, and every scenario there loads. */
class ScenarioIndexTest {

    private static final Path DIR = Path.of(ScenarioLoader.SCENARIO_DIR);

    private static List<String> indexFile() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("index.txt"))) {
            String n = line.replaceAll("#.*", "").trim();
            if (!n.isEmpty()) names.add(n);
        }
        return names;
    }

    @Test
    void indexListsExactlyTheTomlFiles() throws IOException {
        assertEquals(ScenarioLoader.list(DIR), indexFile().stream().sorted().toList(),
                "scenarios/index.txt must list every scenarios/*.toml, one name per line");
    }

    @Test
    void builtInListIsTheIndex() throws IOException {
        assertEquals(indexFile(), ScenarioLoader.listBuiltIn());
    }

    @Test
    void everyScenarioInTheFolderLoads() {
        List<String> names = ScenarioLoader.list(DIR);
        assertTrue(names.contains("baseline"), names.toString());
        List<String> broken = new ArrayList<>();
        for (String n : names) {
            try {
                Scenario s = ScenarioLoader.load(DIR.resolve(n + ".toml"));
                assertEquals(n, s.name());
            } catch (ScenarioException e) {
                broken.add(e.getMessage());
            }
        }
        if (!broken.isEmpty()) fail(String.join("\n", broken));
    }
}
