package org.sxbelt.cli;

/**
 * A user mistake (bad option value, missing file, unusable output folder...). The CLI prints
 * {@code error: <message>} as one line on stderr, without a stack trace, and exits with status 2.
 * The message should name the thing at fault: the option, file, key or allowed range.
 */
public final class CliException extends RuntimeException {

    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
