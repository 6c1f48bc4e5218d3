package org.sxbelt.cli;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared option groups: listed in every command's help with that command's wording, and parsed and checked. */
class OptionGroupTest {

    @Test
    void everyCommandListsEachOptionOnceExplainedAndWithItsDefault() {
        for (Command c : Main.commands(Main.COMMANDS)) {
            Set<String> names = new HashSet<>();
            for (Help.Option o : Help.options(c)) {
                assertTrue(names.add(o.names()), Help.name(c) + " lists " + o.names() + " twice");
                assertFalse(o.description().isEmpty(), Help.name(c) + " " + o.names() + " must be explained");
                assertFalse(o.byDefault().isEmpty(), Help.name(c) + " " + o.names() + " must state its default");
            }
        }
    }

    @Test
    void aCommandWordsASharedOptionItsOwnWay() {
        Help.Option sweep = option(new SweepCommand(), "--threads");
        Help.Option run = option(new RunCommand(), "--threads");
        assertTrue(sweep.description().startsWith("Runs in parallel"), sweep.description());
        assertEquals("all processor cores", sweep.byDefault());
        assertTrue(run.description().startsWith("Worker threads inside the run"), run.description());
        assertEquals("1", run.byDefault());
        assertTrue(MainTest.run("sweep", "--help").out().contains("Default: output/experiments"));
    }

    @Test
    void groupedOptionsAreParsedIntoTheirGroupAndChecked() {
        String line = MainTest.run("validate", "--threads", "0").userError();
        assertEquals("error: --threads = 0 is out of range: expected a whole number in [1, 1024]", line);
        line = MainTest.run("gui", "--seed", "x").userError();
        assertTrue(line.startsWith("error: --seed = x is not a number: expected "), line);
        line = MainTest.run("validate", "--set", "novalue").userError();
        assertTrue(line.startsWith("error: --set novalue: expected key=value"), line);
    }

    private static Help.Option option(Command c, String name) {
        List<Help.Option> all = Help.options(c);
        return all.stream().filter(o -> o.names().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(Help.name(c) + " lacks " + name + ": " + all));
    }
}
