package org.sxbelt.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.params.Scenario;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model version: a digest of bytecode that a comment does not change and a behaviour change does. */
class ModelVersionTest {

    @TempDir
    Path tmp;

    private byte[] compile(String name, String source) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path src = dir.resolve("A.java");
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests run on a JDK");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // -g: line numbers, local variables and source file, as Maven compiles the model
        assertEquals(0, javac.run(null, null, err, "-g", "-d", dir.toString(), src.toString()), err.toString());
        return Files.readAllBytes(dir.resolve("A.class"));
    }

    @Test
    void commentsAndMovedLinesDoNotChangeTheDigestCodeDoes() throws IOException {
        byte[] a = compile("a", "class A {\n  int f(int x) {\n    int y = x * 2;\n    return y + 1;\n  }\n}\n");
        byte[] moved = compile("b", "/** A class.\n * with a long comment\n */\nclass A {\n\n  // why\n  int f(int x) {\n"
                + "    int y = x * 2; // twice\n\n\n    return y + 1;\n  }\n}\n");
        byte[] changed = compile("c", "class A {\n  int f(int x) {\n    int y = x * 2;\n    return y + 2;\n  }\n}\n");
        assertFalse(java.util.Arrays.equals(a, moved), "the raw class files differ (line numbers)");
        assertArrayEquals(ModelVersion.withoutDebugInfo(a), ModelVersion.withoutDebugInfo(moved));
        assertFalse(java.util.Arrays.equals(ModelVersion.withoutDebugInfo(a), ModelVersion.withoutDebugInfo(changed)));
        assertTrue(ModelVersion.withoutDebugInfo(a).length < a.length);
    }

    @Test
    void theCurrentVersionCoversTheModelAndItsLibraries() {
        ModelVersion v = ModelVersion.current();
        assertTrue(v.digest().matches("[0-9a-f]{64}"), v.digest());
        assertTrue(v.files() > 50, "model classes and data files: " + v.files());
        assertTrue(v.libraries().stream().anyMatch(l -> l.startsWith("mason")), v.libraries().toString());
        assertTrue(v.libraries().stream().anyMatch(l -> l.startsWith("commons-math3")), v.libraries().toString());
        assertEquals(v, ModelVersion.current(), "computed once");
    }

    @Test
    void aFingerprintNamesTheFirstDifference() {
        Scenario s = Scenario.defaults();
        Fingerprint f = Fingerprint.ofRun(s, List.of("b", "a"), null, "m1");
        assertEquals("a,b", f.get(Fingerprint.INDICATORS), "order-free");
        assertEquals(f.hash(), Fingerprint.ofRun(s, List.of("a", "b"), null, "m1").hash());
        Fingerprint other = Fingerprint.ofRun(s, List.of("a", "b"), null, "m2");
        assertNotEquals(f.hash(), other.hash());
        assertEquals("another model version (m1; this program is m2: its model classes or data changed)",
                other.firstDifference(f).describe());
        org.sxbelt.params.ParamValues p = s.params().copy();
        p.set(org.sxbelt.params.ParamSchema.SEED, 9);
        p.set(org.sxbelt.params.ParamSchema.byKey("policy.wageSubsidy"), 0.37);
        Fingerprint changed = Fingerprint.ofRun(s.withParams(p), List.of("a", "b"), null, "m1");
        assertEquals("seed 1, the experiment now says 9", changed.firstDifference(f).describe());
        Fingerprint.Difference d = changed.without(List.of(Fingerprint.SEED)).firstDifference(f.without(List.of(Fingerprint.SEED)));
        assertTrue(d.describe().startsWith("policy.wageSubsidy = ") && d.describe().contains("(the default), the experiment now says 0.37"),
                d.describe());
        assertEquals(f, Fingerprint.parse(f.text().lines().toList()));
    }
}
