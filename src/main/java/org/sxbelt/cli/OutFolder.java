package org.sxbelt.cli;

import org.sxbelt.experiment.sweep.RemoteFolder;
import org.sxbelt.experiment.sweep.SweepEngine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where {@code sweep} and {@code calibrate} write: the {@code --out} folder, or, for a Hadoop file system URI
 * ({@code --engine spark} only), the engine's {@link RemoteFolder}, whose local copy the command works in;
 * messages name the URI, not the copy.
 */
final class OutFolder implements AutoCloseable {

    private final Path root;
    private final RemoteFolder remote;

    private OutFolder(Path root, RemoteFolder remote) {
        this.root = root;
        this.remote = remote;
    }

    /**
     * The folder {@code name} under {@code uri} opened through {@code engine}, or, when {@code uri} is null,
     * the local folder {@code local}.
     */
    static OutFolder open(String uri, Path local, SweepEngine engine, String name) throws IOException {
        if (uri == null) return new OutFolder(local, null);
        RemoteFolder remote = engine.remote(uri, name);
        return new OutFolder(remote.local(), remote);
    }

    /** The {@code --out} to give the sweep or calibration. */
    Path root() {
        return root;
    }

    /** {@code text} naming the remote folder where it names the local copy. */
    String shown(String text) {
        return remote == null || text == null ? text : remote.shown(text);
    }

    /** {@code out} given {@link #shown} lines; null stays null. */
    Consumer<String> shown(Consumer<String> out) {
        return out == null || remote == null ? out : line -> out.accept(remote.shown(line));
    }

    /** Makes a remote folder what its local copy is now (nothing for a local folder). */
    void publish() throws IOException {
        if (remote != null) remote.publish();
    }

    @Override
    public void close() {
        if (remote != null) remote.close();
    }
}
