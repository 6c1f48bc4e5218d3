package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Titles and units of the indicators for people, in English or Chinese, for reports and charts: from
 * {@code /labels/indicators_<lang>.properties} (UTF-8). A name made of a prefix and a status, industry
 * or other part ({@code employment_park}, {@code firms_garments}, {@code spend_training}) is titled by
 * its family's template and the part's own bilingual name (statuses and industries from their enums),
 * so no name is spelled twice. Unknown names get their own name as title and an empty unit, never an
 * exception. Immutable.
 */
public final class IndicatorLabels {

    private final String lang;
    private final Properties texts;

    private IndicatorLabels(String lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
    }

    /** The labels of "en" or "zh" (case-insensitive); anything else is an IllegalArgumentException naming both. */
    public static IndicatorLabels of(String lang) {
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        if (!l.equals("en") && !l.equals("zh")) {
            throw new IllegalArgumentException("language '" + lang + "' is not one of en, zh");
        }
        String resource = "/labels/indicators_" + l + ".properties";
        Properties p = new Properties();
        try (InputStream in = IndicatorLabels.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("indicator labels " + resource + " not on the classpath");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new IndicatorLabels(l, p);
    }

    public String lang() { return lang; }

    public boolean isChinese() { return lang.equals("zh"); }

    /** Whether the indicator has a title of its own or of its family (false: the raw name is shown). */
    public boolean knows(String indicator) {
        return texts.containsKey("title." + indicator) || family(indicator) != null;
    }

    /** The title, e.g. "Poverty rate" / "贫困发生率". */
    public String title(String indicator) {
        String t = texts.getProperty("title." + indicator);
        if (t != null) return t;
        String[] f = family(indicator);
        return f == null ? indicator : texts.getProperty("family." + f[0]).replace("{0}", f[1]);
    }

    /** The unit, e.g. "share" / "比例", "yuan/month" / "元/月"; empty when unknown. */
    public String unit(String indicator) {
        String u = texts.getProperty("unit." + indicator);
        if (u != null) return u;
        String[] f = family(indicator);
        return f == null ? "" : texts.getProperty("familyunit." + f[0], "");
    }

    /** An axis label: the title with its unit in brackets. */
    public String axis(String indicator) {
        String u = unit(indicator);
        return u.isEmpty() ? title(indicator) : title(indicator) + (isChinese() ? "（" + u + "）" : " (" + u + ")");
    }

    /** Whether values are shares (0..1) that read better as percentages. */
    public boolean isShare(String indicator) {
        String en = texts.getProperty("unit." + indicator);
        return en != null && (en.equals("share") || en.equals("比例"));
    }

    /** [family prefix, the part's name] of the longest matching family, or null. */
    private String[] family(String indicator) {
        String best = null;
        for (String key : texts.stringPropertyNames()) {
            if (!key.startsWith("family.")) continue;
            String prefix = key.substring("family.".length());
            if (indicator.startsWith(prefix) && indicator.length() > prefix.length()
                    && (best == null || prefix.length() > best.length())) {
                String part = partName(indicator.substring(prefix.length()));
                if (part != null) best = prefix;
            }
        }
        return best == null ? null : new String[]{best, partName(indicator.substring(best.length()))};
    }

    private String partName(String id) {
        for (Status s : Status.values()) if (s.id().equals(id)) return isChinese() ? s.zh() : s.en();
        Industry k = Industry.byId(id);
        if (k != null) return isChinese() ? k.zh() : k.en();
        return texts.getProperty("part." + id);
    }
}
