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
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeStringReplacesAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("m.json");
        AtomicFiles.writeString(f, "one");
        AtomicFiles.writeString(f, "two ✓");
        assertEquals("two ✓", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList());
        }
    }

    @Test
    void tempFileIsHiddenAndInTheSameFolder() throws IOException {
        Path temp = AtomicFiles.tempFileFor(dir.resolve("x.csv"));
        assertEquals(dir.toAbsolutePath(), temp.getParent());
        assertTrue(temp.getFileName().toString().startsWith(".x.csv."));
        assertTrue(Files.exists(temp));
        AtomicFiles.commit(temp, dir.resolve("x.csv"));
        assertFalse(Files.exists(temp));
        assertTrue(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void deleteRecursivelyRemovesTrees() throws IOException {
        Path root = dir.resolve("t");
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/f.txt"), "x");
        Files.writeString(root.resolve("g.txt"), "y");
        AtomicFiles.deleteRecursively(root);
        assertFalse(Files.exists(root));
        AtomicFiles.deleteRecursively(root); // missing is fine
    }
}
