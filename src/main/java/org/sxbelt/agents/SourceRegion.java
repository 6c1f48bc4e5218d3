package org.sxbelt.agents;

import java.util.List;

/**
 * An eastern province from which labour-intensive firms relocate. The ten counterpart-support
 * providers are listed first; Fujian, Henan and Hebei are large light-industry sources without a
 * pairing in the belt. Weights are each region's share of relocating firms before pairing effects.
 */
public record SourceRegion(String name, String zh, double weight) {

    public static final List<SourceRegion> ALL = List.of(
            new SourceRegion("Beijing", "北京", 0.05),
            new SourceRegion("Tianjin", "天津", 0.05),
            new SourceRegion("Shanghai", "上海", 0.06),
            new SourceRegion("Jiangsu", "江苏", 0.12),
            new SourceRegion("Zhejiang", "浙江", 0.14),
            new SourceRegion("Anhui", "安徽", 0.05),
            new SourceRegion("Jiangxi", "江西", 0.04),
            new SourceRegion("Shandong", "山东", 0.10),
            new SourceRegion("Guangdong", "广东", 0.15),
            new SourceRegion("Shenzhen", "深圳", 0.06),
            new SourceRegion("Fujian", "福建", 0.10),
            new SourceRegion("Henan", "河南", 0.05),
            new SourceRegion("Hebei", "河北", 0.03));

    /** Origin label of firms founded in the belt itself. */
    public static final String LOCAL = "local";
    public static final String XPCC = "XPCC";
}
