package org.sxbelt.agents;

/**
 * A household's place in the poverty registration and monitoring system. EXITED: left by the official
 * test (own income above the line and the three guarantees held); SECURED: out of poverty only through
 * the minimum-living top-up (secured by transfer, the social-floor route), not an exit by income.
 */
public enum PovertyStatus {
    NON_POOR, REGISTERED_POOR, EXITED, RETURNED, NEW_POOR, SECURED;

    private static final PovertyStatus[] VALUES = values();

    public static PovertyStatus of(int code) { return VALUES[code]; }

    public byte code() { return (byte) ordinal(); }
}
