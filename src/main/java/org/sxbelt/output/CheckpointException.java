package org.sxbelt.output;

/** A checkpoint that cannot be used, in one line naming the file or the key at fault. */
public final class CheckpointException extends Exception {

    private static final long serialVersionUID = 1L;

    public CheckpointException(String message) {
        super(message);
    }
}
