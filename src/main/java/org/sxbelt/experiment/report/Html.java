package org.sxbelt.experiment.report;

import org.apache.commons.text.StringEscapeUtils;
import org.sxbelt.params.NumberText;

/** Escaping for the HTML report; numbers are written by {@link NumberText#forPeople}. */
final class Html {

    private Html() {}

    /** Text escaped for HTML content and attribute values. */
    static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s);
    }

    /** An interval {@code [low, high]}, or NA. */
    static String interval(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) return "NA";
        return "[" + NumberText.forPeople(low) + ", " + NumberText.forPeople(high) + "]";
    }
}
