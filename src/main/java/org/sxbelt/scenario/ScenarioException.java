package org.sxbelt.scenario;

/**
 * A scenario file, built-in scenario or text override that cannot be used. The message is one
 * line that says where (file, line), which key, the offending value and what is allowed, so that
 * the CLI can print it as it is and stop before anything runs.
 */
public class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(oneLine(message));
    }

    public ScenarioException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Builds "origin line 12: message", or "origin: message" when the line is unknown (line &lt;= 0). */
    static ScenarioException at(String origin, int line, String message) {
        return new ScenarioException(origin + (line > 0 ? " line " + line : "") + ": " + message);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
