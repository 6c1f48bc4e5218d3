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
 * before the move.
 */
final class ParquetResults implements SweepEngine.ResultsConverter {

    /** The columns before the factors, and after them (ResultsFile's header around the factor keys). */
    private static final List<String> HEAD = List.of("run", "point", "replicate", "seed", "scenario");
    private static final List<String> TAIL = List.of("month", "level", "unit", "indicator", "value");

    private final JavaSparkContext spark;

    ParquetResults(JavaSparkContext spark) {
        this.spark = spark;
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
        Path staging = AtomicFiles.createUniqueDirectory(folder, "." + target.getFileName() + ".partial-");
        try {
            // a session of its own (same SparkContext): one partition per file, whatever the cores
            // (built on the engine's context: SparkSession.builder().getOrCreate() would warn that it exists)
            SparkSession session = org.apache.spark.sql.classic.SparkSession.builder().sparkContext(spark.sc())
                    .getOrCreate().newSession();
            session.conf().set("spark.sql.files.maxPartitionBytes", Long.toString(Long.MAX_VALUE / 4));
            session.conf().set("spark.sql.files.minPartitionNum", "1");
            session.conf().set("spark.sql.files.openCostInBytes", "0");
            spark.sc().setJobDescription("sxbelt results.parquet from " + csv.getFileName());
            Dataset<Row> table = session.read().schema(schema)
                    .option("header", "true")
                    .option("mode", "FAILFAST")
                    .option("quote", "\"").option("escape", "\"")
                    .option("nanValue", "NA").option("positiveInf", "Inf").option("negativeInf", "-Inf")
                    .csv(csv.toAbsolutePath().toUri().toString());
            Path out = staging.resolve("out");
            table.coalesce(1).write().mode(SaveMode.ErrorIfExists).option("compression", "snappy")
                    .parquet(out.toUri().toString());
            List<Path> parts;
            try (Stream<Path> s = Files.list(out)) {
                parts = s.filter(p -> p.getFileName().toString().startsWith("part-")
                        && p.getFileName().toString().endsWith(".parquet")).toList();
            }
            if (parts.size() != 1) {
                throw new ExperimentException(out + ": Spark wrote " + parts.size() + " Parquet part files, expected one: "
                        + "no " + target.getFileName() + " written");
            }
            long written = session.read().parquet(parts.get(0).toUri().toString()).count();
            if (written != rows) {
                throw new ExperimentException(parts.get(0) + ": " + written + " rows written, expected " + rows + ": no "
                        + target.getFileName() + " written");
            }
            AtomicFiles.commit(parts.get(0), target);
        } catch (RuntimeException e) {
            if (e instanceof ExperimentException) throw e;
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
            throw new ExperimentException("Spark could not write " + target + " (" + why + ")", e);
        } finally {
            AtomicFiles.deleteRecursivelyQuietly(staging);
        }
    }
}
