package org.sxbelt.output;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the model that a run fingerprint records: a SHA-256 over what determines a run's
 * output, not over the source text, so that a change of behaviour is caught while a commit that only
 * touches comments, javadoc or docs/ leaves finished runs valid.
 *
 * <p>Digested, in name order, each with its name:
 * <ul>
 *   <li>every {@code .class} file of the packages {@link #PACKAGES} (and their sub-packages), with the
 *       debugging attributes stripped ({@code LineNumberTable}, {@code LocalVariableTable},
 *       {@code LocalVariableTypeTable}, {@code SourceFile}, {@code SourceDebugExtension}): bytecode changes
 *       when behaviour changes, but a comment that moves code down a line changes only the line-number
 *       table, which is stripped. Renaming a local variable or reordering methods still changes the digest
 *       (the constant pool holds names): a false alarm, never a missed change;</li>
 *   <li>the data files the model reads ({@link #DATA}: {@code geo/}, {@code calibration/});</li>
 *   <li>the file names of the jars that hold MASON and Commons Math (their versions).</li>
 * </ul>
 * Read once, from the class path, from a {@code target/classes} folder or from a jar alike.
 */
public final class ModelVersion {

    /** Packages (under org/sxbelt/) whose classes determine a run's output. */
    static final List<String> PACKAGES = List.of("params", "geo", "agents", "model", "policy", "scenario", "output");
    /** Resource folders of input data. */
    static final List<String> DATA = List.of("geo/", "calibration/");
    private static final Set<String> DEBUG_ATTRIBUTES = Set.of("LineNumberTable", "LocalVariableTable",
            "LocalVariableTypeTable", "SourceFile", "SourceDebugExtension");
    private static final String[] LIBRARY_CLASSES = {"sim.engine.SimState", "org.apache.commons.math3.util.FastMath"};
    /** Their Maven artifact ids, for a jar that holds them with the model (the Spark engine's cluster jar). */
    private static final String[] LIBRARY_ARTIFACTS = {"mason", "commons-math3"};

    private static volatile ModelVersion cached;

    private final String digest;
    private final int files;
    private final List<String> libraries;

    private ModelVersion(String digest, int files, List<String> libraries) {
        this.digest = digest;
        this.files = files;
        this.libraries = List.copyOf(libraries);
    }

    /** The running program's model version, computed on first use. */
    public static ModelVersion current() {
        ModelVersion v = cached;
        if (v == null) {
            synchronized (ModelVersion.class) {
                v = cached;
                if (v == null) cached = v = compute();
            }
        }
        return v;
    }

    /** Hex SHA-256. */
    public String digest() { return digest; }

    /** Number of class and data files digested. */
    public int files() { return files; }

    /** Jar names of the libraries included. */
    public List<String> libraries() { return libraries; }

    private static ModelVersion compute() {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        Map<String, String> bundled = new HashMap<>(); // artifact id -> its jar's name, in a jar holding the model
        try {
            URL location = location(ModelVersion.class);
            Path where = Path.of(location.toURI());
            if (Files.isDirectory(where)) {
                for (String pkg : PACKAGES) readTree(where, "org/sxbelt/" + pkg + "/", true, entries);
                for (String d : DATA) readTree(where, d, false, entries);
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry je = e.nextElement();
                        bundledLibrary(jar, je, bundled);
                        if (je.isDirectory() || !wanted(je.getName())) continue;
                        try (InputStream in = jar.getInputStream(je)) {
                            entries.put(je.getName(), content(je.getName(), in.readAllBytes()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model's classes for its version: " + e.getMessage(), e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the model's classes for its version: " + e, e);
        }
        MessageDigest md = sha256();
        for (var e : entries.entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Long.toString(e.getValue().length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) 0);
            md.update(e.getValue());
        }
        List<String> libs = new ArrayList<>();
        for (int k = 0; k < LIBRARY_CLASSES.length; k++) {
            String cls = LIBRARY_CLASSES[k];
            String name;
            try {
                URL u = location(Class.forName(cls, false, ModelVersion.class.getClassLoader()));
                String s = u.getPath();
                if (s.endsWith("/")) s = s.substring(0, s.length() - 1);
                name = s.substring(s.lastIndexOf('/') + 1);
                // in a jar with the model (a cluster jar), the name the library's own jar has
                if (u.equals(location(ModelVersion.class)) && bundled.containsKey(LIBRARY_ARTIFACTS[k])) {
                    name = bundled.get(LIBRARY_ARTIFACTS[k]);
                }
            } catch (ClassNotFoundException | RuntimeException e) {
                name = cls + ":absent";
            }
            libs.add(name);
            md.update(("lib:" + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new ModelVersion(HexFormat.of().formatHex(md.digest()), entries.size(), libs);
    }

    /**
     * Notes {@code <artifactId>-<version>.jar} of a library merged into the model's jar, from its
     * {@code META-INF/maven/<group>/<artifactId>/pom.properties}: the name its own jar has on a class path.
     */
    private static void bundledLibrary(JarFile jar, JarEntry je, Map<String, String> into) throws IOException {
        String n = je.getName();
        if (!n.startsWith("META-INF/maven/") || !n.endsWith("/pom.properties")) return;
        String[] parts = n.split("/");
        if (parts.length != 5 || !java.util.Arrays.asList(LIBRARY_ARTIFACTS).contains(parts[3])) return;
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = jar.getInputStream(je)) {
            p.load(in);
        }
        String artifact = p.getProperty("artifactId"), version = p.getProperty("version");
        if (parts[3].equals(artifact) && version != null) into.put(artifact, artifact + "-" + version + ".jar");
    }

    private static URL location(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) throw new IllegalStateException("no code source for " + c.getName());
        return cs.getLocation();
    }

    private static boolean wanted(String name) {
        for (String pkg : PACKAGES) if (name.startsWith("org/sxbelt/" + pkg + "/") && name.endsWith(".class")) return true;
        for (String d : DATA) if (name.startsWith(d)) return true;
        return false;
    }

    private static void readTree(Path root, String prefix, boolean classesOnly, TreeMap<String, byte[]> into) throws IOException {
        Path dir = root.resolve(prefix);
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (classesOnly && !name.endsWith(".class")) continue;
                into.put(name, content(name, Files.readAllBytes(p)));
            }
        }
    }

    private static byte[] content(String name, byte[] bytes) {
        return name.endsWith(".class") ? withoutDebugInfo(bytes) : bytes;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * The class file without its debugging attributes (a class file again, with corrected lengths), or
     * the bytes unchanged if they cannot be parsed (then every change counts, which is the safe side).
     */
    static byte[] withoutDebugInfo(byte[] classFile) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile));
            ByteArrayOutputStream buf = new ByteArrayOutputStream(classFile.length);
            DataOutputStream out = new DataOutputStream(buf);
            out.writeInt(in.readInt());          // magic
            out.writeShort(in.readUnsignedShort()); // minor
            out.writeShort(in.readUnsignedShort()); // major
            int cpCount = in.readUnsignedShort();
            out.writeShort(cpCount);
            String[] utf8 = new String[cpCount];
            for (int i = 1; i < cpCount; i++) {
                int tag = in.readUnsignedByte();
                out.writeByte(tag);
                switch (tag) {
                    case 1 -> {
                        String s = in.readUTF();
                        utf8[i] = s;
                        out.writeUTF(s);
                    }
                    case 3, 4 -> out.writeInt(in.readInt());
                    case 5, 6 -> {
                        out.writeLong(in.readLong());
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> out.writeShort(in.readUnsignedShort());
                    case 9, 10, 11, 12, 17, 18 -> out.writeInt(in.readInt());
                    case 15 -> {
                        out.writeByte(in.readUnsignedByte());
                        out.writeShort(in.readUnsignedShort());
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            out.writeShort(in.readUnsignedShort()); // access
            out.writeShort(in.readUnsignedShort()); // this
            out.writeShort(in.readUnsignedShort()); // super
            int interfaces = in.readUnsignedShort();
            out.writeShort(interfaces);
            for (int i = 0; i < interfaces; i++) out.writeShort(in.readUnsignedShort());
            for (int member = 0; member < 2; member++) { // fields, then methods
                int n = in.readUnsignedShort();
                out.writeShort(n);
                for (int i = 0; i < n; i++) {
                    out.writeShort(in.readUnsignedShort());
                    out.writeShort(in.readUnsignedShort());
                    out.writeShort(in.readUnsignedShort());
                    attributes(in, out, utf8);
                }
            }
            attributes(in, out, utf8);
            if (in.read() != -1) throw new IOException("trailing bytes");
            out.flush();
            return buf.toByteArray();
        } catch (IOException | RuntimeException e) {
            return classFile;
        }
    }

    private static void attributes(DataInputStream in, DataOutputStream out, String[] utf8) throws IOException {
        int n = in.readUnsignedShort();
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int nameIndex = in.readUnsignedShort();
            int length = in.readInt();
            byte[] body = in.readNBytes(length);
            if (body.length != length) throw new IOException("attribute cut short");
            String name = nameIndex < utf8.length ? utf8[nameIndex] : null;
            if (name != null && DEBUG_ATTRIBUTES.contains(name)) continue;
            if ("Code".equals(name)) body = code(body, utf8);
            ByteArrayOutputStream a = new ByteArrayOutputStream(body.length + 6);
            DataOutputStream d = new DataOutputStream(a);
            d.writeShort(nameIndex);
            d.writeInt(body.length);
            d.write(body);
            kept.add(a.toByteArray());
        }
        out.writeShort(kept.size());
        for (byte[] k : kept) out.write(k);
    }

    private static byte[] code(byte[] body, String[] utf8) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body));
        ByteArrayOutputStream buf = new ByteArrayOutputStream(body.length);
        DataOutputStream out = new DataOutputStream(buf);
        out.writeShort(in.readUnsignedShort()); // max_stack
        out.writeShort(in.readUnsignedShort()); // max_locals
        int codeLength = in.readInt();
        out.writeInt(codeLength);
        out.write(in.readNBytes(codeLength));
        int handlers = in.readUnsignedShort();
        out.writeShort(handlers);
        out.write(in.readNBytes(handlers * 8));
        attributes(in, out, utf8);
        if (in.read() != -1) throw new IOException("trailing bytes in Code");
        out.flush();
        return buf.toByteArray();
    }
}
