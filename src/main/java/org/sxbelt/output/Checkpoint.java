package org.sxbelt.output;

import org.sxbelt.model.BeltModel;
import org.sxbelt.params.SimMonthFormat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * The complete state of a running model between two months, so that a run can be continued from it
 * ({@link Continuation}): persons, households, firms, towns, programmes, the random streams, the
 * schedule with its timed-event clock and the observer's memory (Java serialisation of the
 * {@link BeltModel}, a MASON {@code SimState}). Sinks, tickers and worker threads are not part of it: a
 * continued run attaches its own.
 *
 * <p>File layout (all numbers big-endian):
 * <pre>
 *   8 bytes   magic "SXBCKPT\n"
 *   int       format ({@link #FORMAT})
 *   int+bytes model version digest ({@link ModelVersion}), UTF-8
 *   int       months simulated (the continued run starts with this month index; 72 = 2021-01)
 *   int+bytes fingerprint of the run that wrote it ({@link Fingerprint#text()}), UTF-8
 *   long      body length in bytes
 *   long      CRC-32 of the body
 *   body      GZIP of the serialised model
 * </pre>
 * The header is read and checked before anything is deserialised: a file of another format or model
 * version is refused, and a body of the wrong length or checksum (truncated, corrupt) is refused before
 * a single object is made. Only classes of the model, MASON and the JDK may be deserialised.
 */
public final class Checkpoint {

    /** Ending of checkpoint file names. */
    public static final String EXTENSION = ".checkpoint";
    /** Version of the layout above; a reader refuses any other. */
    public static final int FORMAT = 1;

    private static final byte[] MAGIC = "SXBCKPT\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_TEXT = 1 << 24;

    private Checkpoint() { }

    /** What a checkpoint file says about itself before its body is read. */
    public record Header(String model, int monthsDone, Fingerprint fingerprint, long bodyLength, long crc) {

        /** The last month simulated before the checkpoint, as YYYY-MM. */
        public String lastMonth() { return SimMonthFormat.format(monthsDone - 1); }
    }

    /** The file name of a checkpoint taken after {@code lastMonth} (month index) was simulated: {@code state-2020-12.checkpoint} (MASON's ending, which the GUI's Open lists). */
    public static String fileName(int lastMonth) {
        return "state-" + SimMonthFormat.format(lastMonth) + EXTENSION;
    }

    /**
     * Writes the state of {@code model} (between two months, started and not finished) to {@code target}:
     * to a temporary file next to it, then renamed into place, so the target is either absent, the old
     * file or the complete new one.
     */
    public static void write(BeltModel model, Fingerprint run, Path target) throws IOException {
        write(model, run, target, CheckpointCodec.CHOSEN);
    }

    /**
     * {@link #write(BeltModel, Fingerprint, Path)} with the body in {@code codec}: for {@code bench
     * --checkpoint}, which measures the codecs; only {@link CheckpointCodec#CHOSEN}'s files can be continued.
     */
    public static void write(BeltModel model, Fingerprint run, Path target, CheckpointCodec codec) throws IOException {
        byte[] body = body(model, codec);
        Path temp = AtomicFiles.tempFileFor(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                writeHeader(out, model.monthsDone(), run, body);
                out.write(body);
            }
            AtomicFiles.commit(temp, target);
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
    }

    /** Reads and checks the header of a checkpoint file. */
    public static Header header(Path file) throws CheckpointException {
        try (DataInputStream in = open(file)) {
            return readHeader(in, file.toString(), Files.size(file));
        } catch (CheckpointException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new CheckpointException(file + ": no such checkpoint file");
        } catch (IOException e) {
            throw new CheckpointException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * The model a checkpoint file holds, after checking its header and its body's length and checksum.
     *
     * @throws CheckpointException in one line naming the file: missing, not a checkpoint, another format
     *                             or model version, truncated or corrupt
     */
    public static BeltModel read(Path file) throws CheckpointException {
        return read(file, CheckpointCodec.CHOSEN);
    }

    /** {@link #read(Path)} of a body in {@code codec} (written by {@link #write(BeltModel, Fingerprint, Path, CheckpointCodec)}). */
    public static BeltModel read(Path file, CheckpointCodec codec) throws CheckpointException {
        Header h = header(file);
        String name = file.toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skipHeader(raw, file);
            CRC32 crc = new CRC32();
            byte[] buf = new byte[1 << 16];
            try (CheckedInputStream c = new CheckedInputStream(raw, crc)) {
                while (c.read(buf) >= 0) { /* checksum only */ }
            }
            if (crc.getValue() != h.crc()) {
                throw new CheckpointException(name + ": corrupt checkpoint (checksum of the body does not match)");
            }
        } catch (IOException e) {
            throw new CheckpointException(name + ": cannot be read: " + e.getMessage());
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skipHeader(raw, file);
            return deserialise(raw, name, codec);
        } catch (IOException e) {
            throw new CheckpointException(name + ": cannot be read: " + e.getMessage());
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
    }

    private static void skipHeader(InputStream raw, Path file) throws IOException, CheckpointException {
        readHeader(new DataInputStream(raw), file.toString(), Files.size(file));
    }

    private static byte[] body(BeltModel model, CheckpointCodec codec) throws IOException {
        if (model.belt() == null || model.monthsDone() < 1) {
            throw new IllegalStateException("the model has not simulated a month yet: nothing to continue");
        }
        return codec.encode(model);
    }

    private static void writeHeader(OutputStream os, int monthsDone, Fingerprint run, byte[] body) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        writeText(out, ModelVersion.current().digest());
        out.writeInt(monthsDone);
        writeText(out, run.text());
        out.writeLong(body.length);
        CRC32 crc = new CRC32();
        crc.update(body);
        out.writeLong(crc.getValue());
        out.flush();
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static Header readHeader(DataInputStream in, String name, long fileSize) throws IOException, CheckpointException {
        byte[] magic = new byte[MAGIC.length];
        int headerBytes;
        try {
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CheckpointException(name + ": not a checkpoint file (written by run --checkpoint-at)");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new CheckpointException(name + ": checkpoint format " + format + ", this program reads format "
                        + FORMAT + " only");
            }
            String model = readText(in, name);
            String own = ModelVersion.current().digest();
            if (!model.equals(own)) {
                throw new CheckpointException(name + ": checkpoint of another model version (" + abbrev(model)
                        + ", this model " + abbrev(own) + "); simulate its history again with this version");
            }
            int months = in.readInt();
            String fp = readText(in, name);
            long length = in.readLong();
            long crc = in.readLong();
            headerBytes = MAGIC.length + 4 + 4 + model.getBytes(StandardCharsets.UTF_8).length + 4 + 4
                    + fp.getBytes(StandardCharsets.UTF_8).length + 8 + 8;
            if (months < 1 || length < 0) throw new CheckpointException(name + ": corrupt checkpoint (bad header)");
            if (fileSize != headerBytes + length) {
                throw new CheckpointException(name + ": " + (fileSize < headerBytes + length ? "truncated" : "corrupt")
                        + " checkpoint (" + fileSize + " bytes, the header says " + (headerBytes + length) + ")");
            }
            Fingerprint fingerprint;
            try {
                fingerprint = Fingerprint.parse(List.of(fp.split("\n")));
            } catch (IllegalArgumentException e) {
                throw new CheckpointException(name + ": corrupt checkpoint (bad fingerprint)");
            }
            return new Header(model, months, fingerprint, length, crc);
        } catch (EOFException e) {
            throw new CheckpointException(name + ": truncated checkpoint (the file ends inside its header)");
        }
    }

    private static String readText(DataInputStream in, String name) throws IOException, CheckpointException {
        int n = in.readInt();
        if (n < 0 || n > MAX_TEXT) throw new CheckpointException(name + ": corrupt checkpoint (bad header)");
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String abbrev(String digest) {
        return digest.length() > 12 ? digest.substring(0, 12) : digest;
    }

    private static BeltModel deserialise(InputStream body, String name, CheckpointCodec codec) throws CheckpointException {
        try {
            return codec.decode(body);
        } catch (IOException | ClassNotFoundException | RuntimeException | StackOverflowError e) {
            throw new CheckpointException(name + ": corrupt checkpoint (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}
