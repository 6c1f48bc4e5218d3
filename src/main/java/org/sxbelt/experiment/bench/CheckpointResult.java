package org.sxbelt.experiment.bench;

/**
 * One checkpoint measurement ({@code bench --checkpoint}): the state of a run at one scale after some
 * months, written to a checkpoint file and read back with one body codec.
 *
 * @param codec      the body's codec ({@code output.CheckpointCodec} label)
 * @param chosen     whether it is the codec the program writes
 * @param scale      real persons per simulated person
 * @param months     months simulated before the checkpoint
 * @param persons    persons alive at the checkpoint
 * @param bytes      size of the checkpoint file (header included)
 * @param writeNanos median time of {@code Checkpoint.write} (encode, write, rename)
 * @param readNanos  median time of {@code Checkpoint.read} (header, checksum pass, decode)
 * @param repeats    write-read pairs measured
 * @param sameState  whether the state read back is the state the chosen codec reads back (compared as the
 *                   bytes of its plain serialisation)
 */
public record CheckpointResult(String codec, boolean chosen, int scale, int months, int persons, long bytes,
                               long writeNanos, long readNanos, int repeats, boolean sameState) {

    public double bytesPerPerson() { return persons == 0 ? 0 : bytes / (double) persons; }

    public double writeSeconds() { return writeNanos / 1e9; }

    public double readSeconds() { return readNanos / 1e9; }
}
