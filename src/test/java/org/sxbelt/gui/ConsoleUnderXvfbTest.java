package org.sxbelt.gui;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The interactive Console under a virtual display (xvfb-run, installed by .ci/run; skipped where
 * it is missing): the map is there before ▶, a lever set by the teacher shows [locked] once the
 * slider is let go and keeps its value against the 2018 timed event, the Console stops by itself
 * at the scenario's horizon, and one click on a town opens that town's inspector.
 */
class ConsoleUnderXvfbTest {

    @Test
    void aScriptedLessonOnTheRealConsole() throws Exception {
        File xvfb = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "xvfb-run");
            if (f.canExecute()) xvfb = f;
        }
        assumeTrue(xvfb != null, "xvfb-run not installed");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(xvfb.getPath(), "-a", "-s", "-screen 0 1600x1000x24", java, "-Xmx1g",
                "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"), ConsoleSession.class.getName());
        pb.redirectErrorStream(true);
        Process proc = pb.start();
        boolean done = proc.waitFor(3, TimeUnit.MINUTES);
        if (!done) proc.destroyForcibly();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(done, "session did not finish: " + out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.contains("preview=true months=0"), "the map shows January 2015 before ▶: " + out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("lockedName=[locked] Counterpart aid")), out);
        assertTrue(lines.contains("stopped=true months=38 aid=0.5"), "stopped at the horizon, lever kept: " + out);
        assertTrue(lines.contains("tab=Inspectors"), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("inspected=true") && l.endsWith("shown=true")), out);
    }
}
