package org.sxbelt.gui;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every text the GUI shows, in Chinese or English: window and chart titles, axis labels, legend
 * entries, lever names and the map colouring choices come from {@code /gui/labels_<lang>.properties}
 * (UTF-8); names of statuses, industries and towns come from the model's own bilingual enums and
 * geography, so they are never spelled twice. Immutable; switching language means a new instance.
 */
public final class Labels {

    /** The two languages of the GUI. */
    public enum Lang {
        ZH, EN;

        public String id() { return name().toLowerCase(Locale.ROOT); }

        /** "zh" or "en" (case-insensitive); anything else is an IllegalArgumentException naming both. */
        public static Lang parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (Lang l : values()) if (l.id().equals(t)) return l;
            throw new IllegalArgumentException("language '" + text + "' is not one of zh, en");
        }
    }

    private final Lang lang;
    private final Properties texts;

    private Labels(Lang lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
    }

    public static Labels of(Lang lang) {
        return new Labels(lang, load(lang));
    }

    static Properties load(Lang lang) {
        String resource = "/gui/labels_" + lang.id() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("GUI labels " + resource + " not on the classpath");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
    }

    public Lang lang() { return lang; }

    public boolean isChinese() { return lang == Lang.ZH; }

    /** The text of a key; a missing key shows as {@code ?key?} so that it is seen, not hidden. */
    public String get(String key) {
        String v = texts.getProperty(key);
        return v == null ? "?" + key + "?" : v;
    }

    public Set<String> keys() { return new TreeSet<>(texts.stringPropertyNames()); }

    public String status(Status s) { return isChinese() ? s.zh() : s.en(); }

    public String industry(Industry k) { return isChinese() ? k.zh() : k.en(); }

    public String town(Town t) { return isChinese() ? t.getNameZh() : t.getNameEn(); }

    /** A gateway (urumqi, korla) by its id. */
    public String gateway(String id) { return get("gateway." + id); }
}
