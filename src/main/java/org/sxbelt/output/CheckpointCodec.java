package org.sxbelt.output;

import org.sxbelt.model.BeltModel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Ways to encode the body of a {@link Checkpoint}, measured against each other by {@code bench
 * --checkpoint} (docs/PERFORMANCE.md, "Checkpoints") and chosen from there: {@link #CHOSEN}.
 *
 * <ul>
 *   <li>{@code serialised-*}: Java serialisation of the {@link BeltModel} as it is.</li>
 *   <li>{@code arrays-*}: a dedicated format of the primitive arrays: every primitive array of at least
 *       {@link #MIN_EXTERNAL} elements (the persons' and households' attributes, the firms' payrolls, the
 *       block streams' state, ...) is taken out of the serialised object graph and written raw in a
 *       section of its own before it (type, length, the values big-endian); the rest of the graph (firms,
 *       towns, programmes, schedule: some 10^4 objects) stays serialised, each array in it replaced by its
 *       number in the section, so that arrays shared by several holders stay shared.</li>
 *   <li>{@code arrays-planes-*}: the same, the values of each chunk of {@link #PLANE_CHUNK} elements
 *       written byte plane by byte plane (all first bytes, then all second bytes, ...), which gives the
 *       compressor runs of equal high bytes (small counts, indices, -1s, floats of one magnitude).</li>
 * </ul>
 * The suffix says how the body is compressed: GZIP at the fastest level ({@code gz1}), the default
 * level ({@code gz6}), or not at all ({@code raw}).
 *
 * <p>(De)serialisation recurses once per object reached through another and the belt's graph is deep at
 * fine scales: it runs on a thread with a large stack.
 */
public enum CheckpointCodec {

    SERIALISED_RAW("serialised-raw", false, false, Deflater.NO_COMPRESSION, false),
    SERIALISED_GZ1("serialised-gz1", false, false, Deflater.BEST_SPEED, true),
    SERIALISED_GZ6("serialised-gz6", false, false, Deflater.DEFAULT_COMPRESSION, true),
    ARRAYS_RAW("arrays-raw", true, false, Deflater.NO_COMPRESSION, false),
    ARRAYS_GZ1("arrays-gz1", true, false, Deflater.BEST_SPEED, true),
    ARRAYS_PLANES_GZ1("arrays-planes-gz1", true, true, Deflater.BEST_SPEED, true),
    ARRAYS_PLANES_GZ6("arrays-planes-gz6", true, true, Deflater.DEFAULT_COMPRESSION, true);

    /** The encoding of the checkpoints the program writes (and the only one it reads). */
    public static final CheckpointCodec CHOSEN = SERIALISED_GZ1;

    /** Primitive arrays with fewer elements stay inside the serialised graph. */
    static final int MIN_EXTERNAL = 64;
    /** Elements per chunk of the byte planes. */
    static final int PLANE_CHUNK = 1 << 14;

    /** Stack of the thread that (de)serialises (address space, committed only as used). */
    private static final long DEEP_STACK = 1L << 30;
    /** What a checkpoint may hold: our classes, MASON's (and its random streams'), the JDK's; nothing else. */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "org.sxbelt.**;sim.**;ec.util.**;java.**;!*");
    private static final int BUFFER = 1 << 16;

    private static final byte BOOLEAN = 'Z', BYTE = 'B', CHAR = 'C', SHORT = 'S', INT = 'I', LONG = 'J',
            FLOAT = 'F', DOUBLE = 'D';

    private final String label;
    private final boolean arrays;
    private final boolean planes;
    private final int level;
    private final boolean gzip;

    CheckpointCodec(String label, boolean arrays, boolean planes, int level, boolean gzip) {
        this.label = label;
        this.arrays = arrays;
        this.planes = planes;
        this.level = level;
        this.gzip = gzip;
    }

    /** The name in bench's table, e.g. {@code arrays-planes-gz1}. */
    public String label() { return label; }

    /** The body of a checkpoint of {@code model}. */
    public byte[] encode(BeltModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        OutputStream sink = gzip ? new GZIPOutputStream(bytes, BUFFER) {
            { def.setLevel(level); }
        } : bytes;
        try {
            onDeepStack(() -> {
                try (OutputStream out = new BufferedOutputStream(sink, BUFFER)) {
                    if (arrays) writeSplit(model, out);
                    else {
                        ObjectOutputStream o = new ObjectOutputStream(out);
                        o.writeObject(model);
                        o.flush();
                    }
                }
                return null;
            });
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e); // writing loads no class
        }
        return bytes.toByteArray();
    }

    /**
     * The model in a body this codec wrote.
     *
     * @throws IOException            damaged or foreign bytes
     * @throws ClassNotFoundException a class the filter refuses or that is not there
     */
    public BeltModel decode(InputStream body) throws IOException, ClassNotFoundException {
        InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(body, BUFFER) : body, BUFFER);
        Object o = onDeepStack(() -> {
            if (arrays) return readSplit(in);
            ObjectInputStream objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(CLASSES);
            return objects.readObject();
        });
        if (!(o instanceof BeltModel m)) throw new IOException("no model in it");
        return m;
    }

    // ---- the dedicated format ------------------------------------------------------------------

    /** Stands in the serialised graph for the primitive array of this number in the array section. */
    static final class ArrayRef implements Serializable {
        private static final long serialVersionUID = 1L;
        final int index;

        ArrayRef(int index) { this.index = index; }
    }

    /** Graph first into memory (it is small once the arrays are out), then: arrays, graph. */
    private void writeSplit(BeltModel model, OutputStream os) throws IOException {
        List<Object> found = new ArrayList<>();
        ByteArrayOutputStream graph = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream o = new ObjectOutputStream(graph) {
            { enableReplaceObject(true); }

            @Override
            protected Object replaceObject(Object obj) {
                Class<?> c = obj.getClass();
                if (c.isArray() && c.getComponentType().isPrimitive()
                        && java.lang.reflect.Array.getLength(obj) >= MIN_EXTERNAL) {
                    found.add(obj); // called once per array: later references are handles to its ArrayRef
                    return new ArrayRef(found.size() - 1);
                }
                return obj;
            }
        }) {
            o.writeObject(model);
        }
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(found.size());
        byte[] buf = new byte[8 * PLANE_CHUNK];
        for (Object a : found) writeArray(out, a, buf);
        out.writeInt(graph.size());
        graph.writeTo(out);
        out.flush();
    }

    private Object readSplit(InputStream is) throws IOException, ClassNotFoundException {
        DataInputStream in = new DataInputStream(is);
        int n = in.readInt();
        if (n < 0) throw new IOException("bad array count " + n);
        List<Object> found = new ArrayList<>(Math.min(n, 1 << 16));
        byte[] buf = new byte[8 * PLANE_CHUNK];
        for (int i = 0; i < n; i++) found.add(readArray(in, buf));
        int g = in.readInt();
        if (g < 0) throw new IOException("bad graph length " + g);
        byte[] graph = in.readNBytes(g);
        if (graph.length != g) throw new java.io.EOFException("the graph ends early");
        ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(graph)) {
            { enableResolveObject(true); }

            @Override
            protected Object resolveObject(Object obj) throws IOException {
                if (obj instanceof ArrayRef r) {
                    if (r.index < 0 || r.index >= found.size()) throw new IOException("bad array number " + r.index);
                    return found.get(r.index);
                }
                return obj;
            }
        };
        objects.setObjectInputFilter(CLASSES);
        return objects.readObject();
    }

    private void writeArray(DataOutputStream out, Object a, byte[] buf) throws IOException {
        if (a instanceof byte[] v) {
            out.writeByte(BYTE);
            out.writeInt(v.length);
            out.write(v);
        } else if (a instanceof boolean[] v) {
            out.writeByte(BOOLEAN);
            out.writeInt(v.length);
            for (int from = 0; from < v.length; from += buf.length) {
                int k = Math.min(buf.length, v.length - from);
                for (int i = 0; i < k; i++) buf[i] = (byte) (v[from + i] ? 1 : 0);
                out.write(buf, 0, k);
            }
        } else if (a instanceof short[] v) {
            out.writeByte(SHORT);
            out.writeInt(v.length);
            writeWords(out, v.length, 2, buf, (i) -> v[i]);
        } else if (a instanceof char[] v) {
            out.writeByte(CHAR);
            out.writeInt(v.length);
            writeWords(out, v.length, 2, buf, (i) -> v[i]);
        } else if (a instanceof int[] v) {
            out.writeByte(INT);
            out.writeInt(v.length);
            writeWords(out, v.length, 4, buf, (i) -> v[i]);
        } else if (a instanceof float[] v) {
            out.writeByte(FLOAT);
            out.writeInt(v.length);
            writeWords(out, v.length, 4, buf, (i) -> Float.floatToRawIntBits(v[i]));
        } else if (a instanceof long[] v) {
            out.writeByte(LONG);
            out.writeInt(v.length);
            writeWords(out, v.length, 8, buf, (i) -> v[i]);
        } else if (a instanceof double[] v) {
            out.writeByte(DOUBLE);
            out.writeInt(v.length);
            writeWords(out, v.length, 8, buf, (i) -> Double.doubleToRawLongBits(v[i]));
        } else {
            throw new IllegalStateException("not a primitive array: " + a.getClass());
        }
    }

    private Object readArray(DataInputStream in, byte[] buf) throws IOException {
        byte type = in.readByte();
        int n = in.readInt();
        if (n < MIN_EXTERNAL) throw new IOException("bad array length " + n);
        switch (type) {
            case BYTE -> {
                byte[] v = new byte[n];
                in.readFully(v);
                return v;
            }
            case BOOLEAN -> {
                boolean[] v = new boolean[n];
                for (int from = 0; from < n; from += buf.length) {
                    int k = Math.min(buf.length, n - from);
                    in.readFully(buf, 0, k);
                    for (int i = 0; i < k; i++) v[from + i] = buf[i] != 0;
                }
                return v;
            }
            case SHORT -> {
                short[] v = new short[n];
                readWords(in, n, 2, buf, (i, w) -> v[i] = (short) w);
                return v;
            }
            case CHAR -> {
                char[] v = new char[n];
                readWords(in, n, 2, buf, (i, w) -> v[i] = (char) w);
                return v;
            }
            case INT -> {
                int[] v = new int[n];
                readWords(in, n, 4, buf, (i, w) -> v[i] = (int) w);
                return v;
            }
            case FLOAT -> {
                float[] v = new float[n];
                readWords(in, n, 4, buf, (i, w) -> v[i] = Float.intBitsToFloat((int) w));
                return v;
            }
            case LONG -> {
                long[] v = new long[n];
                readWords(in, n, 8, buf, (i, w) -> v[i] = w);
                return v;
            }
            case DOUBLE -> {
                double[] v = new double[n];
                readWords(in, n, 8, buf, (i, w) -> v[i] = Double.longBitsToDouble(w));
                return v;
            }
            default -> throw new IOException("bad array type " + type);
        }
    }

    private interface Word { long at(int i); }

    private interface Store { void put(int i, long word); }

    /**
     * Elements {@code 0..n} of {@code width} bytes each, chunk by chunk through {@code buf}: big-endian
     * element after element, or (planes) the chunk's most significant bytes first, then the next, ...
     */
    private void writeWords(DataOutputStream out, int n, int width, byte[] buf, Word w) throws IOException {
        int per = buf.length / width;
        for (int from = 0; from < n; from += per) {
            int k = Math.min(per, n - from);
            if (planes) {
                for (int i = 0; i < k; i++) {
                    long x = w.at(from + i);
                    for (int b = 0; b < width; b++) buf[b * k + i] = (byte) (x >>> (8 * (width - 1 - b)));
                }
            } else {
                for (int i = 0, o = 0; i < k; i++) {
                    long x = w.at(from + i);
                    for (int b = width - 1; b >= 0; b--) buf[o++] = (byte) (x >>> (8 * b));
                }
            }
            out.write(buf, 0, k * width);
        }
    }

    private void readWords(DataInputStream in, int n, int width, byte[] buf, Store s) throws IOException {
        int per = buf.length / width;
        for (int from = 0; from < n; from += per) {
            int k = Math.min(per, n - from);
            in.readFully(buf, 0, k * width);
            if (planes) {
                for (int i = 0; i < k; i++) {
                    long x = 0;
                    for (int b = 0; b < width; b++) x = (x << 8) | (buf[b * k + i] & 0xFF);
                    s.put(from + i, x);
                }
            } else {
                for (int i = 0, o = 0; i < k; i++) {
                    long x = 0;
                    for (int b = 0; b < width; b++) x = (x << 8) | (buf[o++] & 0xFF);
                    s.put(from + i, x);
                }
            }
        }
    }

    // ---- plumbing --------------------------------------------------------------------------------

    /** Serialisation work that may recurse deeply. */
    private interface Work {
        Object run() throws IOException, ClassNotFoundException;
    }

    /** Runs {@code work} on a thread with a large stack, passing its result or failure through. */
    private static Object onDeepStack(Work work) throws IOException, ClassNotFoundException {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "sxbelt-checkpoint", DEEP_STACK);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable e = failure[0];
        if (e instanceof IOException io) throw io;
        if (e instanceof ClassNotFoundException c) throw c;
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error err) throw err;
        if (e != null) throw new IllegalStateException(e);
        return result[0];
    }
}
