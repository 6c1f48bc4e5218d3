package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The output folder is checked by trying it, before any work, and the check leaves nothing behind. */
class OutputDirectoryValidatorTest {

    @Test
    void aFolderTheFileSystemRefusesIsReportedEvenWhenPermissionsSayYes() {
        // /proc reports itself writable to root but refuses new folders: permission bits would lie.
        assumeTrue(Files.isDirectory(Path.of("/proc")), "needs Linux /proc");
        CliException e = assertThrows(CliException.class,
                () -> OutputDirectoryValidator.check("--out", "/proc/sxbelt-check/x"));
        assertTrue(e.getMessage().startsWith("--out /proc/sxbelt-check/x cannot be"), e.getMessage());
    }

    @Test
    void aFileUriIsItsPathAndAnotherSchemeIsOneLine(@TempDir Path tmp) {
        Path target = tmp.resolve("u");
        assertEquals(target, OutputDirectoryValidator.check("--out", target.toUri().toString()));
        CliException e = org.junit.jupiter.api.Assertions.assertThrows(CliException.class,
                () -> OutputDirectoryValidator.check("--out", "hdfs://nn:8020/x"));
        assertEquals("--out hdfs://nn:8020/x is a URI (hdfs://): this command writes to a local folder", e.getMessage());
    }

    @Test
    void aCreatableFolderPassesAndIsNotLeftBehind(@TempDir Path tmp) {
        Path target = tmp.resolve("a/b/c");
        assertEquals(Path.of(target.toString()), OutputDirectoryValidator.check("--out", target.toString()));
        assertFalse(Files.exists(tmp.resolve("a")), "the check removes the folders it created");
    }

    /**
     * Two commands started at once on the same new --out (two calibrations launched by one shell loop):
     * one's check removes the folder it made while the other probes inside it. Before, the second failed
     * with "cannot be written: no such file". Each round starts both checks together.
     */
    @Test
    void twoChecksOfTheSameNewFolderAtOnceBothPass(@TempDir Path tmp) throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 300; round++) {
                String target = tmp.resolve("r" + round).resolve("out").toString();
                java.util.concurrent.Callable<Path> check = () -> {
                    start.await();
                    return OutputDirectoryValidator.check("--out", target);
                };
                var a = pool.submit(check);
                var b = pool.submit(check);
                a.get();
                b.get(); // a CliException would surface here as an ExecutionException
                // the folder itself may stay (one check cannot remove it while the other probes in it; both
                // commands go on to write there), a probe file never
                try (var left = Files.walk(tmp.resolve("r" + round).getParent())) {
                    assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".write-check")), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExistingFolderKeepsItsContentsAndGetsNoProbeFile(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "x");
        OutputDirectoryValidator.check("--out", tmp.toString());
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aRunWithAnUnwritableOutFailsBeforeRunning() {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "needs Linux /proc");
        MainTest.Result r = MainTest.run("run", "--out", "/proc/sxbelt-check");
        assertEquals(2, r.code());
        assertFalse(r.err().contains("Running"), "no simulation before the error: " + r.err());
    }
}
