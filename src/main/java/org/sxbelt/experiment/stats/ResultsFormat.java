package org.sxbelt.experiment.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The format of an experiment folder's results file ({@code sweep --format}, {@code merge --format}):
 * {@code results.csv}, the same bytes gzipped as {@code results.csv.gz} (R's {@code read.csv} and
 * pandas' {@code read_csv} read it in one call), or {@code results.parquet}, which only an engine that
 * brings a Parquet writer can write (the spark engine, through Spark's writer; the local engine refuses it:
 * the Apache Parquet writer needs Hadoop's classes), and which this program does not read. The CSV text is
 * the same in every CSV format.
 */
public enum ResultsFormat {
    CSV("csv", "results.csv"),
    CSV_GZ("csv.gz", "results.csv.gz"),
    PARQUET("parquet", "results.parquet");

    /** The values {@link #parse} accepts, for messages. */
    public static final String ALLOWED = "csv, csv.gz, parquet";

    private final String label;
    private final String fileName;

    ResultsFormat(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** As written on the command line: {@code csv}, {@code csv.gz}, {@code parquet}. */
    public String label() { return label; }

    /** The results file's name in the experiment folder. */
    public String fileName() { return fileName; }

    /** Whether the results are CSV text (plain or gzipped), which this program writes and reads itself. */
    public boolean isCsv() { return this != PARQUET; }

    /** The format named {@code text} (as {@link #label}), or null. */
    public static ResultsFormat parse(String text) {
        for (ResultsFormat f : values()) if (f.label.equals(text)) return f;
        return null;
    }

    /** The format of a results file, from its name, or null. */
    public static ResultsFormat ofFile(Path file) {
        String n = file.getFileName().toString();
        for (ResultsFormat f : values()) if (f.fileName.equals(n)) return f;
        return null;
    }

    /** Wraps a stream that writes the file in this format's compression (the caller closes the result). */
    public OutputStream wrap(OutputStream raw) throws IOException {
        return switch (this) {
            case CSV -> raw;
            // GZIPOutputStream writes no name and modification time 0: with one Java and zlib the bytes depend on
            // the text only (another zlib may compress differently; compare the text, as merge and the tests do)
            case CSV_GZ -> new GZIPOutputStream(raw, 1 << 16);
            case PARQUET -> throw new UnsupportedOperationException("parquet is written by the spark engine");
        };
    }

    /** Wraps a stream that reads a file in this format so that it gives the CSV text. */
    public InputStream wrapInput(InputStream raw) throws IOException {
        return switch (this) {
            case CSV -> raw;
            case CSV_GZ -> new GZIPInputStream(raw, 1 << 16);
            case PARQUET -> throw new UnsupportedOperationException("parquet is not read here");
        };
    }

    /** Opens a CSV results file (plain or gzipped, by its name) for reading its text. */
    public static InputStream openText(Path file) throws IOException {
        InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        if (!file.getFileName().toString().endsWith(".gz")) return in;
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The results files present in an experiment folder (files or folders named as a format's), in format order. */
    public static List<Path> present(Path folder) {
        List<Path> out = new ArrayList<>();
        for (ResultsFormat f : values()) {
            Path p = folder.resolve(f.fileName);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) out.add(p);
        }
        return out;
    }

    /**
     * The one results file of an experiment folder, for the commands that read it; an
     * {@link ExperimentDataException} (one line naming the folder) when there is none, several, or only
     * a Parquet one, which this program does not read.
     */
    public static Path find(Path folder) {
        List<Path> there = present(folder);
        if (there.isEmpty()) {
            throw new ExperimentDataException(folder.resolve(CSV.fileName) + " not found (an experiment folder has "
                    + "design.csv, results.csv or results.csv.gz, and manifest.json, as written by 'sxbelt sweep')");
        }
        if (there.size() > 1) {
            List<String> names = new ArrayList<>();
            for (Path p : there) names.add(p.getFileName().toString());
            throw new ExperimentDataException(folder + " holds " + String.join(" and ", names)
                    + ": one results file expected; delete the one you do not want");
        }
        Path p = there.get(0);
        if (ofFile(p) == PARQUET) {
            throw new ExperimentDataException(p + ": this command reads results.csv or results.csv.gz, not Parquet "
                    + "(load results.parquet in R or pandas, see README.md); if the sweep kept its run files (--keep-runs), "
                    + "sweep again with --format csv.gz (finished runs are not redone) to use it here");
        }
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExperimentDataException(p + " is not a regular file");
        }
        return p;
    }
}
