package org.sxbelt.experiment.discovery;

/**
 * Scenario discovery cannot be done as asked: a malformed condition, an indicator, month or factor the
 * sweep does not have, or an outcome that never or always happens. The message is one line naming what
 * is wrong and what is allowed, for the CLI's {@code error: ...}.
 */
public final class DiscoveryException extends RuntimeException {

    public DiscoveryException(String message) {
        super(message);
    }
}
