package org.sxbelt.experiment.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens one of an experiment folder's CSV files (gzipped when its name ends in {@code .gz}) for its reader, so that whatever goes wrong (no file,
 * an I/O error, text that is not CSV) is an {@link ExperimentDataException} naming the file, and the
 * line when there is one.
 */
final class DataFile {

    private DataFile() {}

    /** What a reader does with the rows; {@code name} names the file in its messages. */
    interface Rows<T> {
        T read(String name, Csv.RowReader in);
    }

    static <T> T read(Path file, Rows<T> rows) {
        String name = file.toString();
        try (Csv.RowReader in = new Csv.RowReader(new java.io.BufferedReader(
                new java.io.InputStreamReader(ResultsFormat.openText(file), StandardCharsets.UTF_8), 1 << 16))) {
            return rows.read(name, in);
        } catch (Csv.MalformedException e) {
            throw new ExperimentDataException(name + " line " + e.line() + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new ExperimentDataException(name + " not found");
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new ExperimentDataException(name + " is not a complete gzip file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ExperimentDataException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
