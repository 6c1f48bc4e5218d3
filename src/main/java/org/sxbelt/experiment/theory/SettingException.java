package org.sxbelt.experiment.theory;

/**
 * A theory setting the check cannot run (a value out of its range, options that do not go together):
 * the message is one line that names the option and what it allows, for the command line to print.
 */
public final class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    SettingException(String message) {
        super(message);
    }

    static void require(boolean ok, String message) {
        if (!ok) throw new SettingException(message);
    }
}
