package org.sxbelt.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every production package says in its {@code package-info.java} what lives there and what it may use. */
class PackageDocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPackageHasADocumentedPackageInfo() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            packages = dirs.filter(Files::isDirectory).filter(PackageDocumentationTest::holdsClasses).toList();
        }
        assertTrue(packages.size() >= 10, "the production packages were found: " + packages);
        for (Path p : packages) {
            Path info = p.resolve("package-info.java");
            assertTrue(Files.exists(info), "missing " + info);
            String text = Files.readString(info);
            String name = SOURCES.relativize(p).toString().replace('/', '.');
            assertTrue(text.contains("package " + name + ";"), info + " declares package " + name);
            int doc = text.indexOf("/**"), end = text.indexOf("*/");
            assertTrue(doc >= 0 && end > doc + 80, info + " has a Javadoc paragraph saying what lives there");
        }
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
