package org.sxbelt.experiment.spark;

import org.apache.spark.broadcast.Broadcast;
import org.sxbelt.experiment.sweep.RunFiles;
import org.sxbelt.experiment.sweep.SweepJob;
import org.sxbelt.output.AtomicFiles;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A task, on an executor: each run of its partition through the single-run code into a folder of the
 * task's own, then the files it wrote (the run file, then its check file) copied into the experiment folder (each to a hidden
 * temporary file next to its target, then moved over it atomically: the check last, as the local engine
 * writes them). A second copy of the task (a retry or a speculative copy) writes the same bytes.
 */
final class RunPartition extends AbstractFunction1<Iterator<Integer>, Outcome[]> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static volatile boolean quieted;

    private final Broadcast<SweepJob> job;
    private final String folder;

    RunPartition(Broadcast<SweepJob> job, String folder) {
        this.job = job;
        this.folder = folder;
    }

    @Override
    public Outcome[] apply(Iterator<Integer> indices) {
        if (!quieted) {
            SparkEngine.quiet();
            quieted = true;
        }
        SweepJob j = job.value();
        Path dest = Path.of(folder);
        List<Outcome> out = new ArrayList<>();
        while (indices.hasNext()) {
            int index = indices.next();
            try {
                out.add(runOne(j, index, dest));
            } catch (IOException e) {
                throw new UncheckedIOException("run " + j.run(index).id() + ": " + e.getMessage(), e);
            }
        }
        return out.toArray(new Outcome[0]);
    }

    private static Outcome runOne(SweepJob j, int index, Path dest) throws IOException {
        String id = j.run(index).id();
        Path own = Files.createTempDirectory("sxbelt-run-");
        try {
            String err = j.runOne(own, index);
            if (err != null) {
                return new Outcome(index, err, Files.readString(RunFiles.errorFile(own, id), StandardCharsets.UTF_8));
            }
            // whatever the single-run code wrote for the run, its check file last
            Path check = RunFiles.checkFile(own, id);
            List<Path> files;
            try (Stream<Path> s = Files.list(check.getParent())) {
                files = s.filter(f -> !f.equals(check) && !f.getFileName().toString().startsWith(".")).sorted().toList();
            }
            for (Path f : files) publish(f, RunFiles.runFile(dest, id).resolveSibling(f.getFileName().toString()));
            publish(check, RunFiles.checkFile(dest, id));
            return new Outcome(index, null, null);
        } finally {
            AtomicFiles.deleteRecursivelyQuietly(own);
        }
    }

    private static void publish(Path from, Path to) throws IOException {
        Path temp = AtomicFiles.tempFileFor(to);
        try {
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.commit(temp, to);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
    }
}
