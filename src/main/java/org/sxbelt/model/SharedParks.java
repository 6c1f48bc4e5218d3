package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.params.ParamValues;

import java.util.Arrays;
import java.util.List;

import static org.sxbelt.params.ParamSchema.SHARED_PARKS;

/**
 * Parks shared by an XPCC city and its neighbouring local county (兵地共建共享, 000 §3.3: Aksu and the
 * 1st Division's Aral build and share the Aksu textile city, processing parks and a logistics centre).
 * With {@code town.sharedParks} on, the two parks act as one: a firm that chose either town and finds
 * no room there opens in the partner's park if that has room (it is turned away, and recorded as such
 * in the town it chose, only when neither has), and the partner's park is always among the other
 * towns the partner county's job seekers consider. Off by default: the model's XPCC cities keep
 * parks of their own, as in earlier versions.
 */
public final class SharedParks implements java.io.Serializable {

    /**
     * Each XPCC city with its local partner: Aral with Aksu city (000 §3.3); Tumxuk with Bachu and Kunyu
     * with Moyu, the nearest local county seats by road (54 and 50 km), an assumption.
     */
    public static final List<String[]> PAIRS = List.of(new String[]{"aral", "aksu_city"},
            new String[]{"tumxuk", "bachu"}, new String[]{"kunyu", "moyu"});

    private final int[] partner;

    private SharedParks(int[] partner) { this.partner = partner; }

    /** The pairs of {@link #PAIRS} on this geography's towns. */
    static SharedParks of(BeltGeography geo, int towns) {
        int[] partner = new int[towns];
        Arrays.fill(partner, -1);
        for (String[] pair : PAIRS) {
            int a = geo.byId(pair[0]).index(), b = geo.byId(pair[1]).index();
            partner[a] = b;
            partner[b] = a;
        }
        return new SharedParks(partner);
    }

    /** The town sharing its park with town {@code t}, or -1 (always -1 while the lever is off). */
    public int partner(int t, ParamValues p) {
        return p.is(SHARED_PARKS) && t < partner.length ? partner[t] : -1;
    }

    /**
     * Where a firm of {@code k} needing {@code space} m2 that chose {@code chosen} opens: there if it has
     * room, else in the partner's park if that has room, else nowhere (null; the chosen town records the
     * m2 it refused, which the park builders read).
     */
    Town site(Belt belt, Town chosen, Industry k, double space, ParamValues p) {
        Town t = room(belt, chosen, k, space, p);
        if (t == null) chosen.unmetDemand().turnedAway(k, space);
        return t;
    }

    /** As {@link #site}, recording nothing: for the history before the run (ODD §5.7). */
    Town room(Belt belt, Town chosen, Industry k, double space, ParamValues p) {
        if (chosen.freeSpace(k) >= space) return chosen;
        int q = partner(chosen.index(), p);
        if (q >= 0 && belt.town(q).freeSpace(k) >= space) return belt.town(q);
        return null;
    }
}
