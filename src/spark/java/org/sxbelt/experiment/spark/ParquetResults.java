package org.sxbelt.experiment.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sxbelt.experiment.sweep.ExperimentException;
import org.sxbelt.experiment.sweep.SweepEngine;
import org.sxbelt.output.AtomicFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * results.parquet through Spark's Parquet writer, from the results.csv the driver assembled: the same
 * columns in the same order, typed (run, scenario, month, level, unit and indicator as strings; point and
 * replicate as int; seed as long; the factors and value as double, {@code NA} becoming NaN), and the same
 * rows in run order. The CSV is read as one partition (so in file order) and written by one task as one
 * Snappy-compressed part file into a hidden staging folder next to the target ({@code .results.parquet.partial-*}),
 * which is then moved over {@code results.parquet} atomically: one Parquet file that pandas'
 * {@code read_parquet} and R's {@code arrow::read_parquet} read in one call. Its row count is checked
 * before the move. With a remote folder ({@code --out hdfs://...}) the staging folder is in the remote folder
 * instead, since the executors may not see the driver's local copy.
 */
final class ParquetResults implements SweepEngine.ResultsConverter {

    /** The columns before the factors, and after them (ResultsFile's header around the factor keys). */
    private static final List<String> HEAD = List.of("run", "point", "replicate", "seed", "scenario");
    private static final List<String> TAIL = List.of("month", "level", "unit", "indicator", "value");

    private final JavaSparkContext spark;
    /** The engine's remote folder, or null. */
    private final java.util.function.Supplier<HadoopFolder> remote;

    ParquetResults(JavaSparkContext spark, java.util.function.Supplier<HadoopFolder> remote) {
        this.spark = spark;
        this.remote = remote;
    }

    /** The Parquet schema of a results file with this CSV header. */
    static StructType schema(String header, Path csv) {
        String[] names = header.split(",", -1);
        List<String> all = List.of(names);
        if (names.length < HEAD.size() + TAIL.size() || !all.subList(0, HEAD.size()).equals(HEAD)
                || !all.subList(names.length - TAIL.size(), names.length).equals(TAIL)) {
            throw new ExperimentException(csv + ": not a results file (header " + header + "): no results.parquet written");
        }
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            DataType t;
            if (i == 1 || i == 2) t = DataTypes.IntegerType;
            else if (i == 3) t = DataTypes.LongType;
            else if (i < HEAD.size()) t = DataTypes.StringType;
            else if (i == names.length - 1) t = DataTypes.DoubleType;
            else if (i >= names.length - TAIL.size()) t = DataTypes.StringType;
            else t = DataTypes.DoubleType; // a factor
            fields.add(DataTypes.createStructField(n, t, true));
        }
        return DataTypes.createStructType(fields);
    }

    @Override
    public void convert(Path csv, Path target, long rows) throws IOException {
        String header;
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            header = r.readLine();
        }
        StructType schema = schema(header == null ? "" : header, csv);
        Path folder = target.toAbsolutePath().getParent();
        HadoopFolder copy = remote.get();
        HadoopTarget through = copy == null ? null : copy.target(folder);
        try {
            if (through != null) convertThrough(through, schema, csv, target, rows);
            else convertHere(folder, schema, csv, target, rows);
        } catch (RuntimeException e) {
            if (e instanceof ExperimentException) throw e;
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
            throw new ExperimentException("Spark could not write " + target + " (" + why + ")", e);
        }
    }

    /** Staging in the experiment folder, which every executor sees. */
    private void convertHere(Path folder, StructType schema, Path csv, Path target, long rows) throws IOException {
        Path staging = AtomicFiles.createUniqueDirectory(folder, "." + target.getFileName() + ".partial-");
        try {
            Path out = staging.resolve("out");
            write(schema, csv.toAbsolutePath().toUri().toString(), out.toUri().toString(), csv);
            List<Path> parts;
            try (Stream<Path> s = Files.list(out)) {
                parts = s.filter(p -> part(p.getFileName().toString())).toList();
            }
            onePart(parts.size(), out.toString(), target);
            checkRows(parts.get(0).toUri().toString(), rows, target);
            AtomicFiles.commit(parts.get(0), target);
        } finally {
            AtomicFiles.deleteRecursivelyQuietly(staging);
        }
    }

    /**
     * Staging in the remote folder (the executors may not see the driver's local copy): results.csv is
     * uploaded into a hidden folder there, converted there, and the part file copied down to {@code target}
     * (atomically), which the folder's next publication uploads.
     */
    private void convertThrough(HadoopTarget remote, StructType schema, Path csv, Path target, long rows) throws IOException {
        String staging = "." + target.getFileName() + ".partial-"
                + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        try {
            remote.put(csv, staging + "/" + csv.getFileName());
            String out = staging + "/out";
            write(schema, remote.path(staging + "/" + csv.getFileName()).toString(), remote.path(out).toString(), csv);
            List<String> parts = new ArrayList<>();
            for (org.apache.hadoop.fs.FileStatus st : remote.fs().listStatus(remote.path(out))) {
                if (part(st.getPath().getName())) parts.add(st.getPath().getName());
            }
            onePart(parts.size(), remote.path(out).toString(), target);
            checkRows(remote.path(out + "/" + parts.get(0)).toString(), rows, target);
            remote.get(out + "/" + parts.get(0), target);
        } finally {
            try {
                remote.delete(staging);
            } catch (IOException | RuntimeException ignored) {
                // a hidden folder: copying the folder down skips it
            }
        }
    }

    private static boolean part(String name) {
        return name.startsWith("part-") && name.endsWith(".parquet");
    }

    private static void onePart(int parts, String out, Path target) {
        if (parts != 1) {
            throw new ExperimentException(out + ": Spark wrote " + parts + " Parquet part files, expected one: "
                    + "no " + target.getFileName() + " written");
        }
    }

    /** A session of its own on the engine's context, reading each file as one partition. */
    private SparkSession session() {
        // (built on the engine's context: SparkSession.builder().getOrCreate() would warn that it exists)
        SparkSession session = org.apache.spark.sql.classic.SparkSession.builder().sparkContext(spark.sc())
                .getOrCreate().newSession();
        session.conf().set("spark.sql.files.maxPartitionBytes", Long.toString(Long.MAX_VALUE / 4));
        session.conf().set("spark.sql.files.minPartitionNum", "1");
        session.conf().set("spark.sql.files.openCostInBytes", "0");
        return session;
    }

    /** The CSV at {@code csvUri} as one Snappy Parquet part file in the new folder {@code outUri}. */
    private void write(StructType schema, String csvUri, String outUri, Path csv) {
        spark.sc().setJobDescription("sxbelt results.parquet from " + csv.getFileName());
        Dataset<Row> table = session().read().schema(schema)
                .option("header", "true")
                .option("mode", "FAILFAST")
                .option("quote", "\"").option("escape", "\"")
                .option("nanValue", "NA").option("positiveInf", "Inf").option("negativeInf", "-Inf")
                .csv(csvUri);
        table.coalesce(1).write().mode(SaveMode.ErrorIfExists).option("compression", "snappy").parquet(outUri);
    }

    private void checkRows(String partUri, long rows, Path target) {
        long written = session().read().parquet(partUri).count();
        if (written != rows) {
            throw new ExperimentException(partUri + ": " + written + " rows written, expected " + rows + ": no "
                    + target.getFileName() + " written");
        }
    }
}
