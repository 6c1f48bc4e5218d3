package org.sxbelt.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.sxbelt.model.RunStats;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code manifest.json}: everything needed to reproduce and audit one run — tool version and git
 * commit, the scenario and every resolved parameter, timed events, seed, timing, run statistics,
 * the machine, and the output files with their row counts.
 *
 * <pre>
 * Manifest m = new Manifest().scenario(s).seed(seed).started(t0).wallSeconds(w).stats(stats)
 *         .file("indicators.csv", rows);
 * m.write(runDir.resolve("manifest.json"));
 * </pre>
 *
 * Top-level keys are snake_case and always present (null when not set), in a fixed order.
 */
public final class Manifest {

    public static final String TOOL = "sxbelt";
    public static final String FILE_NAME = "manifest.json";
    /** Filtered by Maven ({@code version=${project.version}}); see the pom's resources section. */
    static final String VERSION_RESOURCE = "/org/sxbelt/version.properties";

    /** The scenario's park projects as they were built: places, months, m2, industry, funder. */
    private static JsonArray parks(Scenario scenario) {
        JsonArray out = new JsonArray();
        if (scenario == null) return out;
        for (ParkProject pp : scenario.parks()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", pp.name());
            JsonArray where = new JsonArray();
            pp.places().forEach(where::add);
            o.add("where", where);
            o.addProperty("industry", pp.industry());
            o.addProperty("from", SimMonthFormat.format(pp.from()));
            o.addProperty("to", SimMonthFormat.format(pp.to()));
            o.addProperty("m2", pp.m2());
            o.addProperty("counterpart", pp.counterpart());
            out.add(o);
        }
        return out;
    }

    private static final Pattern GIT_SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .serializeNulls()
            .serializeSpecialFloatingPointValues()
            .create();
    private static volatile String cachedVersion;

    private Scenario scenario;
    private Long seed;
    private Instant started;
    private Double wallSeconds;
    private RunStats stats;
    private String gitCommit;
    private Fingerprint fingerprint;
    private final Map<String, Long> files = new LinkedHashMap<>();
    private final Map<String, JsonElement> extra = new LinkedHashMap<>();

    public Manifest scenario(Scenario s) { this.scenario = s; return this; }

    public Manifest seed(long s) { this.seed = s; return this; }

    public Manifest started(Instant t) { this.started = t; return this; }

    public Manifest wallSeconds(double s) { this.wallSeconds = s; return this; }

    public Manifest stats(RunStats s) { this.stats = s; return this; }

    /** Overrides the commit (default: {@link #gitCommit()} of the working directory, asked once at write time). */
    public Manifest gitCommit(String sha) { this.gitCommit = sha; return this; }

    /** The run's {@link Fingerprint}: written as {@code fingerprint} (its SHA-256, the model version and how it was computed). */
    public Manifest fingerprint(Fingerprint f) { this.fingerprint = f; return this; }

    /** An output file of the run folder and its number of data rows (-1 when rows mean nothing, e.g. JSON). */
    public Manifest file(String name, long rows) { files.put(name, rows); return this; }

    /** Any further top-level entry (e.g. a sweep's design), serialised by Gson; appended after the fixed keys. */
    public Manifest extra(String key, Object value) { extra.put(key, GSON.toJsonTree(value)); return this; }

    public JsonObject toJsonTree() {
        JsonObject root = new JsonObject();
        root.addProperty("tool", TOOL);
        root.addProperty("version", version());
        root.addProperty("git_commit", gitCommit != null ? gitCommit : gitCommit());

        JsonObject sc = new JsonObject();
        if (scenario != null) {
            sc.addProperty("name", scenario.name());
            sc.addProperty("origin", scenario.origin());
            sc.addProperty("description", scenario.description());
            sc.addProperty("extends", scenario.extendsName());
        }
        root.add("scenario", scenario == null ? null : sc);
        root.addProperty("seed", seed);

        JsonObject params = new JsonObject();
        JsonArray events = new JsonArray();
        if (scenario != null) {
            scenario.params().asText().forEach(params::addProperty);
            for (TimedEvent e : scenario.events()) {
                JsonObject ev = new JsonObject();
                ev.addProperty("month", SimMonthFormat.format(e.month()));
                ev.addProperty("key", e.param().key());
                ev.addProperty("value", e.param().format(e.value()));
                events.add(ev);
            }
        }
        root.add("parameters", params);
        root.add("events", events);
        root.add("parks", parks(scenario));

        root.addProperty("started_at", started == null ? null
                : DateTimeFormatter.ISO_INSTANT.format(started.truncatedTo(ChronoUnit.MILLIS)));
        root.addProperty("wall_seconds", wallSeconds == null ? null : Math.round(wallSeconds * 1000) / 1000.0);

        JsonObject st = null;
        if (stats != null) {
            st = new JsonObject();
            st.addProperty("months", stats.months());
            st.addProperty("agents_at_start", stats.agentsAtStart());
            st.addProperty("agents_at_end", stats.agentsAtEnd());
            st.addProperty("person_months", stats.personMonths());
            st.addProperty("wall_nanos", stats.wallNanos());
            st.addProperty("person_months_per_second", Math.round(stats.personMonthsPerSecond()));
        }
        root.add("stats", st);

        JsonObject machine = new JsonObject();
        machine.addProperty("java_version", System.getProperty("java.version"));
        machine.addProperty("java_vendor", System.getProperty("java.vendor"));
        machine.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.addProperty("available_processors", Runtime.getRuntime().availableProcessors());
        machine.addProperty("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        root.add("machine", machine);

        JsonArray fileList = new JsonArray();
        files.forEach((name, rows) -> {
            JsonObject f = new JsonObject();
            f.addProperty("name", name);
            f.addProperty("rows", rows);
            fileList.add(f);
        });
        root.add("files", fileList);
        JsonObject fp = null;
        if (fingerprint != null) {
            fp = new JsonObject();
            fp.addProperty("sha256", fingerprint.hash());
            fp.addProperty("model", fingerprint.get(Fingerprint.MODEL));
            ModelVersion mv = ModelVersion.current();
            fp.addProperty("model_files", mv.files());
            fp.addProperty("model_libraries", String.join(",", mv.libraries()));
            fp.addProperty("about", "sha256 over the run's parameters, events, parks, seed, months, scale, indicators, "
                    + "levels and the model version (a digest of the model's bytecode without debug attributes, its data "
                    + "files and library versions)");
        }
        root.add("fingerprint", fp);
        extra.forEach(root::add);
        return root;
    }

    public String toJson() { return GSON.toJson(toJsonTree()) + "\n"; }

    /** Writes the manifest atomically. */
    public void write(Path target) throws IOException {
        AtomicFiles.writeString(target, toJson());
    }

    /**
     * The tool version: the filtered {@code version.properties} resource, else the jar's
     * {@code Implementation-Version}, else {@code "dev"}.
     */
    public static String version() {
        String v = cachedVersion;
        if (v != null) return v;
        try (InputStream in = Manifest.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String s = p.getProperty("version", "").trim();
                if (!s.isEmpty() && !s.contains("${")) v = s;
            }
        } catch (IOException ignored) {
            // fall through
        }
        if (v == null) v = Manifest.class.getPackage().getImplementationVersion();
        if (v == null) v = "dev";
        cachedVersion = v;
        return v;
    }

    /** {@code git rev-parse HEAD} in the working directory (2 s timeout), or {@code "unknown"}. */
    public static String gitCommit() {
        Process p = null;
        try {
            p = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice())))
                    .start();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            // The sha is 41 bytes, far below a pipe's buffer: waiting before reading cannot deadlock.
            try (InputStream in = p.getInputStream()) {
                if (!p.waitFor(2, TimeUnit.SECONDS)) return "unknown";
                in.transferTo(buf);
            }
            if (p.exitValue() != 0) return "unknown";
            String sha = buf.toString(StandardCharsets.US_ASCII).trim();
            return GIT_SHA.matcher(sha).matches() ? sha : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        } finally {
            if (p != null && p.isAlive()) p.destroyForcibly();
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null";
    }
}
