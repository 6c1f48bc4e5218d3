package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Firm relocation and entry. Each month some eastern firms, pushed by rising eastern wages and
 * courted by counterpart-aid investment promotion, weigh the belt's towns against staying east: a
 * multinomial logit over expected margins (labour cost per unit of output on the learning curve,
 * freight, rent, subsidies), the pull of same-industry firms already there, and the counterpart
 * pairing with their home province, and a park dedicated to their industry; the outside options are
 * staying east and, where a scenario sets one, a rival destination abroad ({@link RivalDestination}). A firm chooses its town
 * whether or not the park has room; if it has none (open space, or space dedicated to the firm's
 * industry) the firm is turned away and the town records the m2 it wanted. Local firms are
 * founded at a steady rate, sited in proportion to population (processors of farm products also in
 * proportion to the raw material grown there). Each firm's planned size is drawn around its
 * industry's median. A town needs room for the one firm, as at 1:1; at a coarse scale one in m
 * firms that chose a town opens there as an agent firm standing for m ({@link SuperFirm}), and
 * where the park has room for fewer than m each firm takes its own space and joins or waits for an
 * agent firm of its industry ({@link EntryGroups}), so expected real entries, their sizes and the
 * space they take do not depend on the scale.
 */
public final class Relocation implements Steppable {

    private static final long serialVersionUID = 1L;
    /** A local founder's planned size relative to a relocating firm's. */
    private static final double LOCAL_SIZE_SHARE = 0.35;

    /** The towns relocating firms weigh against staying east; null for all the belt's towns. */
    private final transient List<Town> choiceSet;
    /** Real firms admitted to nearly full parks, waiting to open as one agent firm. */
    private final EntryGroups waiting = new EntryGroups();
    /** The towns' logit weights, while nothing they read has changed. */
    private final LocationMemo weights = new LocationMemo();

    /** The model's relocation phase: firms weigh every belt town. */
    public Relocation() { this(null); }

    private Relocation(List<Town> choiceSet) { this.choiceSet = choiceSet; }

    /**
     * A relocation phase whose firms weigh only {@code towns} against staying east (the outside option
     * weighing as before, as much as all the belt's towns at equal margins): the limiting settings of
     * the theory checks, which watch two towns alone.
     */
    public static Relocation among(List<Town> towns) { return new Relocation(List.copyOf(towns)); }

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        waiting.openOverdue(m);
        m.clusters().refresh(m);
        entry(m, m.conditions().eastWageIndex(), m.level(COUNTERPART_AID), (k, origin, town, size) -> {
            double space = size * m.params().get(SPACE_PER_WORKER);
            Town site = admitted(m, town, k, space);
            if (site != null) open(m, k, origin, site, size, space);
        });
    }

    /** A firm of industry {@code k} and planned size {@code size} (real workers) from {@code origin} that chose {@code town}. */
    interface Entrant {
        void chose(Industry k, String origin, Town town, double size);
    }

    /**
     * One month's entry draws: {@link #candidates} eastern firms at eastern labour costs {@code east} and
     * counterpart aid {@code aid}, each choosing by the location logit ({@link #choose}), then
     * {@code firm.localEntryPerMonth} local founders ({@link #localSite}); each that chose a town goes to
     * {@code to}, which decides whether it finds room. The running model and the history before 2015
     * ({@link InitialEconomy}) draw through here, so that both follow one rule.
     */
    void entry(BeltModel m, double east, double aid, Entrant to) {
        ParamValues p = m.params();
        int n = m.poisson(candidates(p, east, aid));
        for (int i = 0; i < n; i++) {
            Industry k = drawIndustry(m.random, false);
            SourceRegion origin = drawOrigin(m.random);
            double size = drawSize(m, k, 1.0);
            Town chosen = choose(m, k, origin, east);
            if (chosen != null) to.chose(k, origin.name(), chosen, size);
        }
        int local = m.poisson(p.get(LOCAL_ENTRY_PER_MONTH));
        for (int i = 0; i < local; i++) {
            Industry k = drawIndustry(m.random, true);
            double size = drawSize(m, k, LOCAL_SIZE_SHARE);
            Town chosen = localSite(m, k);
            if (chosen != null) to.chose(k, localOrigin(chosen), chosen, size);
        }
    }

    /**
     * Eastern firms that weigh the belt in a month: more as eastern labour costs rise ({@code east}, 2015 = 1)
     * and as counterpart investment promotion courts them ({@code aid}, 1 = historical).
     */
    static double candidates(ParamValues p, double east, double aid) {
        return p.get(CANDIDATES_PER_MONTH) * east * east * (0.4 + 0.6 * aid);
    }

    /**
     * The town a candidate firm of industry {@code k} from {@code origin} chooses by the location logit
     * when eastern labour costs stand at {@code east} (2015 = 1), or null if it stays east or goes abroad.
     * One draw of the model's stream.
     */
    Town choose(BeltModel m, Industry k, SourceRegion origin, double east) {
        ParamValues p = m.params();
        Conditions c = m.conditions();
        List<Town> towns = choiceSet != null ? choiceSet : m.belt().towns();
        double scaleLogit = p.get(LOCATION_LOGIT_SCALE);
        double eastMargin = p.get(STAY_EAST_MARGIN) - p.get(PIECE_RATE_SHARE) * (east - 1);
        // The outside option weighs as much as the whole set of belt towns: most of China competes too;
        // a rival destination abroad may weigh besides.
        double[] w = new double[towns.size()];
        int belt = m.belt().towns().size();
        double total = belt * Math.exp(scaleLogit * eastMargin) + RivalDestination.weight(k, belt, east, p);
        double outside = total;
        for (int j = 0; j < towns.size(); j++) {
            Town t = towns.get(j);
            w[j] = weights.weight(k, origin, t, m.clusters(), p, c);
            total += w[j];
        }
        double r = m.random.nextDouble() * total - outside;
        if (r < 0) return null;
        for (int j = 0; j < towns.size(); j++) {
            r -= w[j];
            if (r < 0 && w[j] > 0) return towns.get(j);
        }
        return null;
    }

    /** Where a local founder of industry {@code k} would start (one draw), or null if no town pulls. */
    static Town localSite(BeltModel m, Industry k) {
        List<Town> towns = m.belt().towns();
        double total = 0;
        double dedicatedPull = Math.exp(m.params().get(DEDICATED_PARK_PULL));
        for (Town t : towns) total += localPull(t, k, dedicatedPull);
        if (total <= 0) return null;
        double r = m.random.nextDouble() * total;
        for (Town t : towns) {
            r -= localPull(t, k, dedicatedPull);
            if (r < 0) return t;
        }
        return null;
    }

    /** The origin a local founder who chose {@code town} is recorded under: an XPCC city's own firm, or a local one. */
    static String localOrigin(Town town) {
        return "XPCC".equals(town.getPrefecture()) ? SourceRegion.XPCC : SourceRegion.LOCAL;
    }

    /**
     * Space is not in the choice set: a firm picks its town for what it offers and is turned away if
     * the park has no room for it. It stays east (a local founder stays unfounded) rather than taking
     * its next-best town: the rest of China is always open to it, and letting it fall
     * through to any town with space would put firms where space is, not where they want to be. The
     * town records the m2 it was refused, which the park builders read (policy.ParkBuilding). Only a park
     * shared with an XPCC city ({@link SharedParks}) lets it open in the partner's park instead.
     *
     * @return the town it opens in, or null
     */
    private static Town admitted(BeltModel m, Town t, Industry k, double space) {
        return m.sharedParks().site(m.belt(), t, k, space, m.params());
    }

    /**
     * Local founders start where people are, processors where their raw material grows, and both
     * where a park dedicated to their industry still has room.
     */
    private static double localPull(Town t, Industry k, double dedicatedPull) {
        return t.getPopulation() * k.rawMaterialPull(t.getRawMaterialBase())
                * (t.hasFreeDedicatedSpace(k) ? dedicatedPull : 1);
    }

    /**
     * Opens the firm admitted to the town it chose, at a coarse scale as one of a group of real firms
     * that one agent firm stands for ({@link SuperFirm}): where the park has room for the whole group,
     * one in m firms admitted opens as an agent firm standing for m; where it has room for fewer, the
     * firm takes its own space and joins an agent firm of its industry there, or waits for the rest
     * of its group ({@link EntryGroups}).
     */
    private void open(BeltModel m, Industry k, String origin, Town t, double size, double space) {
        int scale = m.belt().scale();
        int firms = SuperFirm.plants(size, scale);
        if (waiting.waiting(t, k) || t.freeSpace(k) < firms * space) waiting.admit(m, k, origin, t, size, space);
        else if (SuperFirm.kept(m.random, firms, size, scale)) m.firmFactory().openInPark(k, origin, t, size, firms);
    }

    /**
     * Planned workforce (real workers) of a firm of industry {@code k}: log-normal around the
     * industry's median times the belt-wide factor, times {@code factor} for local founders, at least 5.
     */
    static double drawSize(BeltModel m, Industry k, double factor) {
        ParamValues p = m.params();
        double median = factor * p.get(SIZE_FACTOR) * k.medianWorkers();
        return Math.max(5, median * Math.exp(p.get(SIZE_DISPERSION) * m.random.nextGaussian()));
    }

    static Industry drawIndustry(MersenneTwisterFast rng, boolean local) {
        double total = 0;
        for (Industry k : Industry.values()) total += local ? k.localWeight() : k.relocationWeight();
        double r = rng.nextDouble() * total;
        for (Industry k : Industry.values()) {
            r -= local ? k.localWeight() : k.relocationWeight();
            if (r < 0) return k;
        }
        return Industry.GARMENTS;
    }

    static SourceRegion drawOrigin(MersenneTwisterFast rng) {
        double total = 0;
        for (SourceRegion s : SourceRegion.ALL) total += s.weight();
        double r = rng.nextDouble() * total;
        for (SourceRegion s : SourceRegion.ALL) {
            r -= s.weight();
            if (r < 0) return s;
        }
        return SourceRegion.ALL.get(0);
    }
}
