package org.sxbelt.policy;

import java.util.Set;

/**
 * The deep-poverty counties of the belt, to which the sources say counterpart aid was steered from
 * 2018 (003 ~1255). The sources speak of 22 deep-poverty counties (003 ~1586, ~1632, ~1677) but
 * name them nowhere; they do list the belt's 21 national poverty counties of 2016 (003 ~1374-1385:
 * Kashgar 8, Aksu 2, Hotan 7, Kizilsu 4), which are taken here as the targeted set. The geography
 * (counties.csv) carries no such flag, so the list lives with the programme that uses it.
 */
public final class DeepPovertyCounties {

    /** County ids of {@code counties.csv}; the source's names in the comments. */
    public static final Set<String> IDS = Set.of(
            // Kashgar: 疏附, 疏勒, 英吉沙, 莎车, 叶城, 岳普湖, 伽师, 塔什库尔干
            "shufu", "shule", "yengisar", "shache", "yecheng", "yopurga", "jiashi", "tashkurgan",
            // Aksu: 乌什, 柯坪
            "wushi", "keping",
            // Hotan: 和田县, 墨玉, 皮山, 洛浦, 策勒, 于田, 民丰
            "hotan_county", "moyu", "pishan", "luopu", "cele", "yutian", "minfeng",
            // Kizilsu: 阿图什, 阿克陶, 阿合奇, 乌恰
            "artux", "akto", "akqi", "wuqia");

    private DeepPovertyCounties() {}

    public static boolean contains(String countyId) { return IDS.contains(countyId); }
}
