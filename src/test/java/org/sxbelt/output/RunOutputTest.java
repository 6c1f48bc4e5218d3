package org.sxbelt.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunOutputTest {

    @TempDir
    Path out;

    @Test
    void writesIntoHiddenStagingAndCommitsAtomically() throws IOException {
        Path finalDir;
        try (RunOutput run = RunOutput.create(out, "baseline-seed1")) {
            Path staging = run.stagingDir();
            assertTrue(staging.getFileName().toString().startsWith(".baseline-seed1.partial-"), staging.toString());
            assertEquals(out.toAbsolutePath().normalize(), staging.getParent());
            Files.writeString(run.file("a.txt"), "hello");
            assertFalse(Files.exists(out.resolve("baseline-seed1")), "nothing visible before commit");
            finalDir = run.commit();
            assertTrue(run.isCommitted());
            assertFalse(Files.exists(staging), "staging folder removed by the commit");
        }
        assertEquals(out.resolve("baseline-seed1").toAbsolutePath().normalize(), finalDir);
        assertEquals("hello", Files.readString(finalDir.resolve("a.txt")));
        assertEquals(List.of("baseline-seed1"), names(out), "no hidden leftovers");
    }

    @Test
    void theStagingFolderNamesItsProcessAndLeftoversOfDeadProcessesAreRemoved() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        long me = ProcessHandle.current().pid();
        Path deadPartial = Files.createDirectories(out.resolve(".other.partial-" + dead.pid() + "-abc/x"));
        Path deadOld = Files.createDirectories(out.resolve(".other.old-" + dead.pid() + "-abc"));
        Path livePartial = Files.createDirectories(out.resolve(".running.partial-" + me + "-abc"));
        Path unknown = Files.createDirectories(out.resolve(".legacy.partial-abc"));
        try (RunOutput run = RunOutput.create(out, "next")) {
            assertTrue(run.stagingDir().getFileName().toString().startsWith(".next.partial-" + me + "-"), run.stagingDir().toString());
            assertEquals(2, run.removedLeftovers());
        }
        assertFalse(Files.exists(deadPartial.getParent()), "a dead run's staging folder goes");
        assertFalse(Files.exists(deadOld), "a dead run's set-aside folder goes");
        assertTrue(Files.exists(livePartial), "a live run's staging folder stays");
        assertTrue(Files.exists(unknown), "a folder without an owner's pid is not guessed at");
    }

    @Test
    void aRunThatThrowsLeavesNoRunFolder() throws IOException {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
            try (RunOutput run = RunOutput.create(out, "crash")) {
                try (TidyCsvWriter w = new TidyCsvWriter(run.file("indicators.csv"))) {
                    w.record(0, org.sxbelt.model.Level.BELT, null, "x", 1);
                    throw new RuntimeException("boom in month 0");
                }
            }
        });
        assertEquals("boom in month 0", thrown.getMessage());
        assertEquals(List.of(), names(out), "neither the run folder nor the staging folder may remain");
    }

    @Test
    void abortKeepsAnEarlierRun() throws IOException {
        try (RunOutput first = RunOutput.create(out, "r")) {
            Files.writeString(first.file("v.txt"), "1");
            first.commit();
        }
        try (RunOutput second = RunOutput.create(out, "r")) {
            Files.writeString(second.file("v.txt"), "2");
            second.abort();
            second.abort(); // idempotent
        }
        assertEquals("1", Files.readString(out.resolve("r/v.txt")));
        assertEquals(List.of("r"), names(out));
    }

    @Test
    void rerunReplacesTheOldFolderCompletely() throws IOException {
        try (RunOutput first = RunOutput.create(out, "r")) {
            Files.writeString(first.file("only-in-old.txt"), "old");
            Files.createDirectories(first.file("sub"));
            Files.writeString(first.file("sub").resolve("deep.txt"), "old");
            Files.writeString(first.file("v.txt"), "1");
            first.commit();
        }
        try (RunOutput second = RunOutput.create(out, "r")) {
            Files.writeString(second.file("v.txt"), "2");
            second.commit();
        }
        assertEquals("2", Files.readString(out.resolve("r/v.txt")));
        assertEquals(List.of("v.txt"), names(out.resolve("r")), "nothing of the old run survives");
        assertEquals(List.of("r"), names(out), "the old folder and the staging folder are gone");
    }

    @Test
    void refusesToReplaceARegularFile() throws IOException {
        Files.writeString(out.resolve("r"), "user data");
        try (RunOutput run = RunOutput.create(out, "r")) {
            assertThrows(IOException.class, run::commit);
        }
        assertEquals("user data", Files.readString(out.resolve("r")));
        assertEquals(List.of("r"), names(out));
    }

    @Test
    void createsMissingOutputFolders() throws IOException {
        Path nested = out.resolve("a/b/c");
        try (RunOutput run = RunOutput.create(nested, "x")) {
            run.commit();
        }
        assertTrue(Files.isDirectory(nested.resolve("x")));
    }

    @Test
    void commitTwiceIsAnError() throws IOException {
        try (RunOutput run = RunOutput.create(out, "x")) {
            run.commit();
            assertThrows(IllegalStateException.class, run::commit);
        }
        assertTrue(Files.isDirectory(out.resolve("x")), "closing after commit keeps the run");
    }

    @Test
    void namesAreChecked() {
        assertNull(RunOutput.checkName("baseline-seed1"));
        assertNull(RunOutput.checkName("a.b_c+d=e@f"));
        assertNotNull(RunOutput.checkName(""));
        assertNotNull(RunOutput.checkName(".hidden"));
        assertNotNull(RunOutput.checkName(".."));
        assertNotNull(RunOutput.checkName("a/b"));
        assertNotNull(RunOutput.checkName("a b"));
        assertThrows(IllegalArgumentException.class, () -> RunOutput.create(out, "../escape"));
    }

    @Test
    void defaultNameIsScenarioAndSeed() {
        assertEquals("baseline-seed1", RunOutput.defaultName("baseline", 1));
        assertEquals("subsidy_cliff-seed42", RunOutput.defaultName("subsidy cliff", 42));
        assertNull(RunOutput.checkName(RunOutput.defaultName("../x", 3)));
        assertNull(RunOutput.checkName(RunOutput.defaultName("", 3)));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
