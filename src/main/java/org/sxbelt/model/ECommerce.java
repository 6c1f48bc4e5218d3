package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.ECOMMERCE;

/**
 * E-commerce as a sales channel (003 ~2211-2266: village e-commerce service points, live-stream
 * selling of dates, walnuts and crafts, courses for villagers). It lowers what it costs a small seller
 * to reach buyers outside the belt: the freight and marketing cost of village workshops (which
 * otherwise go through an HQ or a collection point) and of the agro-processing and craft firms, whose
 * goods are the ones sold online. Park firms of the other industries ship bulk to their buyers and
 * gain nothing from it.
 */
public final class ECommerce {

    private ECommerce() {}

    /** Whether a firm of {@code k} ({@code village}: a village workshop) sells through e-commerce. */
    public static boolean sellsOnline(Industry k, boolean village) {
        return village || k == Industry.AGRO_PROCESSING || k == Industry.CARPETS_CRAFTS;
    }

    /** Multiplier on such a firm's freight share: {@code 1 − shock.ecommerce} if it sells online, else 1. */
    public static double freightFactor(Industry k, boolean village, ParamValues p) {
        return sellsOnline(k, village) ? 1 - p.get(ECOMMERCE) : 1;
    }
}
