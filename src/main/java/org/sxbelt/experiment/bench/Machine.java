package org.sxbelt.experiment.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine a benchmark ran on: what {@code bench} prints first and writes to bench-machine.txt, so
 * that every figure can be read with its hardware, JVM, heap limit and the load at the time.
 */
public record Machine(int cores, String cpu, long maxHeapBytes, String java, String vm, String gc, String os,
                      double loadAverage, String jvmArgs, Instant when) {

    /** This JVM, now. */
    public static Machine current() {
        Runtime rt = Runtime.getRuntime();
        List<String> gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList();
        return new Machine(rt.availableProcessors(), cpuModel(), rt.maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("java.vm.name"), String.join(", ", gcs),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The CPU model from /proc/cpuinfo (Linux), or the architecture. */
    static String cpuModel() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) return l.substring(l.indexOf(':') + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    /** Label and value pairs, in print order. */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", String.valueOf(cores));
        m.put("cpu", cpu);
        m.put("max heap", String.format(Locale.ROOT, "%.1f GiB", maxHeapBytes / (double) (1L << 30)));
        m.put("java", java + ", " + vm);
        m.put("gc", gc);
        m.put("os", os);
        m.put("load average", loadAverage < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f (1 min, at start)", loadAverage));
        m.put("jvm options", jvmArgs.isBlank() ? "(none)" : jvmArgs);
        m.put("date", when.toString());
        return m;
    }

    /** {@code label: value} lines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        fields().forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }
}
