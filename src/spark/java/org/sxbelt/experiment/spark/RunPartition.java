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
 *
 * <p>With a remote folder ({@link HadoopTarget}, {@code --out hdfs://...}) the files go there through Hadoop's
 * FileSystem API instead, and a run of a branching sweep first copies the shared history of its seed from
 * there into its own folder ({@link SweepJob#inputs}).
 */
final class RunPartition extends AbstractFunction1<Iterator<Integer>, Outcome[]> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static volatile boolean quieted;

    private final Broadcast<SweepJob> job;
    private final String folder;
    /** The remote experiment folder, or null: {@link #folder} is a path every executor sees. */
    private final HadoopTarget remote;

    RunPartition(Broadcast<SweepJob> job, String folder, HadoopTarget remote) {
        this.job = job;
        this.folder = folder;
        this.remote = remote;
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
                out.add(runOne(j, index, dest, remote));
            } catch (IOException e) {
                throw new UncheckedIOException("run " + j.run(index).id() + ": " + e.getMessage(), e);
            }
        }
        return out.toArray(new Outcome[0]);
    }

    private static Outcome runOne(SweepJob j, int index, Path dest, HadoopTarget remote) throws IOException {
        String id = j.run(index).id();
        Path root = Files.createTempDirectory("sxbelt-run-");
        try {
            Path own = root.resolve(j.experiment().name());
            SweepJob job = j;
            List<String> inputs = remote == null ? List.of() : j.inputs(index);
            if (!inputs.isEmpty()) {
                for (String f : inputs) remote.get(f, own.resolve(f));
                job = j.withOutRoot(root);
            }
            String err = job.runOne(own, index);
            if (err != null) {
                return new Outcome(index, err, Files.readString(RunFiles.errorFile(own, id), StandardCharsets.UTF_8), List.of());
            }
            // whatever the single-run code wrote for the run, its check file last
            Path check = RunFiles.checkFile(own, id);
            List<Path> files;
            try (Stream<Path> s = Files.list(check.getParent())) {
                files = new ArrayList<>(s.filter(f -> !f.equals(check) && !f.getFileName().toString().startsWith("."))
                        .sorted().toList());
            }
            files.add(check);
            List<String> names = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (remote == null) publish(f, RunFiles.runFile(dest, id).resolveSibling(name));
                else remote.put(f, RunFiles.RUNS + "/" + name);
                names.add(name);
            }
            return new Outcome(index, null, null, List.copyOf(names));
        } finally {
            AtomicFiles.deleteRecursivelyQuietly(root);
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
