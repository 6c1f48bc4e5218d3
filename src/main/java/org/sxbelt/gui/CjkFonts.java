package org.sxbelt.gui;

import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses a font family that can draw Chinese, so that labels are glyphs and not empty boxes. Known
 * CJK families are tried first (Noto Sans CJK, WenQuanYi, Source Han, the Windows and macOS system
 * fonts), then every installed family; a family counts only if {@link Font#canDisplayUpTo} accepts
 * a Chinese probe text. Without any, the logical "Dialog" font is used (Chinese then shows as boxes;
 * the README says which package to install).
 */
public final class CjkFonts {

    /** Probe text: characters the GUI actually shows (title, status and industry names). */
    public static final String PROBE = "南疆小城镇经济带务农县城园区服装贫困发生率";

    static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC",
            "Hiragino Sans GB", "Heiti SC", "AR PL UMing CN", "Droid Sans Fallback");

    private static volatile String family;

    private CjkFonts() {}

    /** The chosen family name, or null when no installed font draws Chinese. */
    public static String family() {
        String f = family;
        if (f == null) {
            f = find();
            family = f == null ? "" : f;
        }
        return f == null || f.isEmpty() ? null : f;
    }

    public static boolean available() { return family() != null; }

    /** A font that draws Chinese if one is installed, else the logical Dialog font. */
    public static Font font(int style, float size) {
        String f = family();
        return new Font(f == null ? Font.DIALOG : f, style, Math.round(size)).deriveFont(size);
    }

    private static String find() {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        Set<String> have = new HashSet<>(Arrays.asList(installed));
        for (String p : PREFERRED) {
            if (have.contains(p) && drawsChinese(p)) return p;
        }
        for (String f : installed) {
            if (f.startsWith("Dialog") || f.startsWith("Monospaced") || f.startsWith("Serif") || f.startsWith("SansSerif")) continue;
            if (drawsChinese(f)) return f;
        }
        return null;
    }

    static boolean drawsChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1;
    }

    /** Makes every Swing default font (labels, tables, inspectors, menus) the CJK family, same size. */
    public static void installSwingDefaults() {
        String f = family();
        if (f == null) return;
        Enumeration<Object> keys = UIManager.getDefaults().keys();
        while (keys.hasMoreElements()) {
            Object key = keys.nextElement();
            Object value = UIManager.get(key);
            if (value instanceof FontUIResource old) {
                UIManager.put(key, new FontUIResource(f, old.getStyle(), old.getSize()));
            }
        }
    }
}
