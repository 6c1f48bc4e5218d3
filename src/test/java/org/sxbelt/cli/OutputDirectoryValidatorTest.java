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
    void aCreatableFolderPassesAndIsNotLeftBehind(@TempDir Path tmp) {
        Path target = tmp.resolve("a/b/c");
        assertEquals(Path.of(target.toString()), OutputDirectoryValidator.check("--out", target.toString()));
        assertFalse(Files.exists(tmp.resolve("a")), "the check removes the folders it created");
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
