package org.sxbelt.agents;

/** A household's place in the poverty registration and monitoring system. */
public enum PovertyStatus {
    NON_POOR, REGISTERED_POOR, EXITED, RETURNED, NEW_POOR;

    private static final PovertyStatus[] VALUES = values();

    public static PovertyStatus of(int code) { return VALUES[code]; }

    public byte code() { return (byte) ordinal(); }
}
