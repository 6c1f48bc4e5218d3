package org.sxbelt.experiment.report;

import org.apache.commons.text.StringEscapeUtils;
import org.sxbelt.params.NumberText;

import java.util.Base64;

/**
 * The pieces every HTML page of this package shares: the head and style sheet, embedded charts, and
 * escaping; numbers are written by {@link NumberText#forPeople}.
 */
final class Html {

    /** The style sheet of every page. */
    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;\
            color:#222;max-width:1400px;margin:1.5em auto;padding:0 1em;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.3em;border-bottom:1px solid #ccc;padding-bottom:.2em;\
            margin-top:2em}h3{font-size:1.08em;margin-top:1.5em}
            table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.9em}
            th,td{border:1px solid #d6d6d6;padding:.28em .6em;text-align:left;vertical-align:top}
            th{background:#f2f4f7}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr:nth-child(even) td{background:#fafbfc}
            table.facts th{width:13em}
            figure{margin:1em 0 2em}figure img{max-width:100%;height:auto;border:1px solid #e3e3e3}
            figcaption{font-size:.88em;color:#555}
            .note{font-size:.9em;color:#555}.sig{font-weight:600}
            pre{background:#f6f8fa;border:1px solid #e1e4e8;padding:.8em;overflow:auto;font-size:.82em;max-height:40em}
            .wide{overflow-x:auto;max-width:100%}table.cmp{font-size:.84em}table.cmp th{white-space:normal}\
            table.cmp td.n{white-space:nowrap}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:.4em 1em}\
            .grid figure{margin:.2em 0}.grid.wide-cells{grid-template-columns:repeat(auto-fill,minmax(620px,1fr))}
            nav ul{columns:2;font-size:.95em}code{font-size:.92em}
            """;

    private Html() {}

    /** The page's doctype, head (title, style sheet) and opening body tag. */
    static void head(StringBuilder h, String title) {
        head(h, title, "en");
    }

    /** The head for a page in {@code lang} ("en", "zh"). */
    static void head(StringBuilder h, String title, String lang) {
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
    }

    /** A figure: the PNG embedded as base64, its alternative text and a caption (HTML, already escaped). */
    static void figure(StringBuilder h, String id, byte[] png, int width, int height, String alt, String captionHtml) {
        h.append("<figure id=\"").append(esc(id)).append("\">\n<img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" alt=\"").append(esc(alt)).append("\" />\n")
                .append("<figcaption>").append(captionHtml).append("</figcaption>\n</figure>\n");
    }

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
