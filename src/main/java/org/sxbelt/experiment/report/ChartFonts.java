package org.sxbelt.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The font family of the report's charts: SansSerif, or for Chinese labels the first installed family
 * that draws Chinese (as the GUI chooses; on Debian fonts-wqy-zenhei or fonts-noto-cjk). Without one,
 * Chinese shows as boxes.
 */
final class ChartFonts {

    static final String PROBE = "南疆经济带贫困发生率农村居民人均收入";
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Droid Sans Fallback");

    private static volatile String chinese;

    private ChartFonts() {}

    static String family(boolean zh) {
        if (!zh) return Font.SANS_SERIF;
        String f = chinese;
        if (f == null) {
            f = find();
            chinese = f;
        }
        return f;
    }

    private static String find() {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        Set<String> have = new HashSet<>(Arrays.asList(installed));
        for (String p : PREFERRED) if (have.contains(p) && new Font(p, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1) return p;
        for (String f : installed) if (new Font(f, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1) return f;
        return Font.SANS_SERIF;
    }

    static Font font(boolean zh, int style, int size) {
        return new Font(family(zh), style, size);
    }

    /** Every text of the chart in the family, sizes and styles kept. */
    static void apply(JFreeChart chart, boolean zh) {
        if (!zh) return;
        String fam = family(true);
        if (chart.getTitle() != null) chart.getTitle().setFont(re(chart.getTitle().getFont(), fam));
        LegendTitle legend = chart.getLegend();
        if (legend != null) legend.setItemFont(re(legend.getItemFont(), fam));
        if (chart.getPlot() instanceof XYPlot p) {
            for (Axis a : new Axis[]{p.getDomainAxis(), p.getRangeAxis()}) {
                if (a == null) continue;
                a.setLabelFont(re(a.getLabelFont(), fam));
                a.setTickLabelFont(re(a.getTickLabelFont(), fam));
            }
        }
    }

    private static Font re(Font f, String family) {
        return new Font(family, f.getStyle(), f.getSize());
    }
}
