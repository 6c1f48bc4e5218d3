package org.sxbelt.experiment.sweep;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test-only: what the tests of a remote {@code --out} (HDFS, S3) read on the remote side through
 * Hadoop's {@link FileSystem}, and the command line run in-process as a user runs it.
 */
record RemoteFiles(FileSystem fs) {

    /** A command's exit status and what it printed. */
    record Result(int code, String out, String err) {}

    static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = org.sxbelt.cli.Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The sweep command line of the remote tests: experiment {@code toml} on Spark local[2], runs kept, to {@code out}. */
    static String[] sweep(Path toml, String out) {
        return new String[] {"sweep", toml.toString(), "--engine", "spark", "--master", "local[2]", "--threads", "2",
                "--keep-runs", "--quiet", "--out", out};
    }

    /** Runs {@code command} and checks that it ends with status 0 and prints {@code summary} (e.g. "8 runs: 8 done (8 new, 0 already there), 0 failed"). */
    static Result succeeds(String[] command, String summary) {
        Result r = cli(command);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(summary), r.out());
        return r;
    }

    /** Checks that no lock, temporary or staging file (a name starting with a dot) is left under the remote folder. */
    void assertNothingHidden(String folder, String what) throws IOException {
        List<String> names = names(folder);
        assertTrue(names.stream().noneMatch(n -> n.startsWith(".")), what + ": " + names);
    }

    /** Every file name under the remote folder (to see what is left there). */
    List<String> names(String folder) throws IOException {
        List<String> n = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(new org.apache.hadoop.fs.Path(folder), true);
        while (it.hasNext()) n.add(it.next().getPath().getName());
        return n;
    }

    /** The remote folder copied into {@code to}. */
    Path copy(String folder, Path to) throws IOException {
        fs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(folder), new org.apache.hadoop.fs.Path(to.toUri()), true);
        return to;
    }

    byte[] read(String file) throws IOException {
        try (var in = fs.open(new org.apache.hadoop.fs.Path(file))) {
            return in.readAllBytes();
        }
    }
}
