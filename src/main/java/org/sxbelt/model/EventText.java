package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;

/**
 * Firm and policy events in words for the ticker, in English and Chinese:
 * "2018-03: a shoes, socks, hats firm from Fujian opened in Yutian" / "2018-03：一家来自福建的鞋袜帽企业在于田落户".
 */
final class EventText {

    private EventText() {}

    static Notice describe(FirmEvent e, Belt belt) {
        Firm f = belt.firm(e.firmId());
        String month = SimMonthFormat.format(e.month());
        String whereEn = f.town().getNameEn() + (f.village() == null ? "" : " (village " + e.village() + ")");
        String whereZh = f.town().getNameZh() + (f.village() == null ? "" : "（第" + e.village() + "村）");
        String kindEn = f.industry().en() + " firm";
        String kindZh = f.industry().zh() + "企业";
        String en = switch (e.type()) {
            case RELOCATION -> "a " + kindEn + " from " + e.origin() + " opened in " + whereEn;
            case ENTRY -> f.village() == null ? "a local " + kindEn + " opened in " + whereEn
                    : "a village workshop (" + f.industry().en() + ") opened near " + whereEn;
            case SATELLITE -> "a " + kindEn + " opened a satellite workshop near " + whereEn;
            case EXIT -> "a " + kindEn + " closed in " + whereEn + ": " + e.exitReason().en();
        };
        String zh = switch (e.type()) {
            case RELOCATION -> "一家来自" + originZh(e.origin()) + "的" + kindZh + "在" + whereZh + "落户";
            case ENTRY -> f.village() == null ? whereZh + "新办一家本地" + kindZh
                    : whereZh + "新建一家扶贫车间（" + f.industry().zh() + "）";
            case SATELLITE -> "一家" + kindZh + "在" + whereZh + "开设卫星工厂";
            case EXIT -> whereZh + "一家" + kindZh + "关闭：" + e.exitReason().zh();
        };
        return new Notice(e.month(), month + ": " + en, month + "：" + zh);
    }

    static Notice describe(TimedEvent e) {
        String month = SimMonthFormat.format(e.month());
        String value = e.param().format(e.value());
        return new Notice(e.month(), month + ": policy change " + e.param().key() + " = " + value,
                month + "：政策调整 " + e.param().key() + " = " + value);
    }

    private static String originZh(String origin) {
        if (SourceRegion.LOCAL.equals(origin)) return "本地";
        if (SourceRegion.XPCC.equals(origin)) return "兵团";
        for (SourceRegion s : SourceRegion.ALL) if (s.name().equals(origin)) return s.zh();
        return origin;
    }
}
