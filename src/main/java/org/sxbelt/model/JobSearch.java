package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.params.ParamValues;

import java.util.Arrays;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Who leaves and who searches this month, in one pass over the population (status by status, {@link
 * StatusGroups}): wage workers quit (family
 * shocks; the casual-work habit after the first wage) or search on the job; distant migrants return
 * home; seekers waiting in a town search again, every month; farmers, the idle and service workers search with a chance that rises with the share of their
 * village's peers already in wage work (and with mobilisation in registered-poor households). The pass
 * also counts each household's farmers, the fallback income of its farming seekers.
 */
final class JobSearch implements java.io.Serializable {

    /** Random stream of this pass (see {@link PersonBlocks#reseed}). */
    private static final int PASS = 1;
    /** Service workers search at this share of a farmer's chance (they have a wage to lose). */
    private static final double SERVICES_SEARCH = 0.3;

    /** Farmers per household at the start of the market. */
    private int[] farmers = new int[0];
    /** Farmers per county (agents) at the start of the market: the labour on common land. */
    private int[] countyFarmers = new int[0];

    /**
     * Separations and the decision to search. The blocks decide in parallel, each from its own random
     * stream; the separations take effect afterwards, in block order (a decision reads only the
     * person's own state, which no one else's separation changes).
     */
    void collect(BeltModel m, SeekerBlock[] blocks, int n) {
        PersonBlocks pb = m.personBlocks();
        StatusGroups[] groups = pb.statusGroups();
        Households hh = m.belt().households();
        if (farmers.length < hh.size()) farmers = new int[hh.size()];
        else Arrays.fill(farmers, 0, hh.size(), 0);
        pb.forEach(n, (b, w) -> decide(m, b, blocks[b], groups[w]));
        for (int b = 0; b < n; b++) {
            SeekerBlock blk = blocks[b];
            for (int k = 0; k < blk.farmersElsewhere.size(); k++) farmers[blk.farmersElsewhere.get(k)]++;
            for (int k = 0; k < blk.leavers.size(); k++) m.employment().leave(blk.leavers.get(k));
        }
        if (m.params().get(COMMON_LAND_SCALE) > 0) countFarmersByCounty(m.belt());
    }

    private void countFarmersByCounty(Belt belt) {
        int towns = belt.towns().size();
        if (countyFarmers.length != towns) countyFarmers = new int[towns];
        else Arrays.fill(countyFarmers, 0);
        for (int h = 0; h < belt.households().size(); h++) countyFarmers[belt.townOfHousehold(h)] += farmers[h];
    }

    /** Farmers of county {@code t} (agents) at the start of this month's market; 0 without common land. */
    int farmersInCounty(int t) { return t < countyFarmers.length ? countyFarmers[t] : 0; }

    /** One block's separations and search decisions (recorded, not yet acted on). */
    private void decide(BeltModel m, int b, SeekerBlock blk, StatusGroups groups) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        ParamValues p = m.params();
        Households hh = belt.households();
        PersonBlocks pb = m.personBlocks();
        MersenneTwisterFast rng = pb.reseed(blk.rng, m.month(), PASS, b);
        blk.seekers.clear();
        blk.leavers.clear();
        blk.farmersElsewhere.clear();
        double quit = p.get(QUIT_RATE);
        double onJob = p.get(ON_JOB_SEARCH_RATE);
        double search = p.get(SEARCH_RATE);
        double peer = p.get(PEER_SEARCH_RATE);
        DistantReturn back = new DistantReturn(p, belt.markets());
        double mobilisation = p.get(MOBILISATION);
        double quitOrSearch = quit + (1 - quit) * onJob;
        // Draws in proportion to what happens: one skipper per class of chance, each at its class's top
        // chance (a village's peer share is at most 1), so most persons are passed over without a draw.
        EventSkipper leaving = new EventSkipper(quitOrSearch, rng);
        EventSkipper own = new EventSkipper(search + peer, rng);
        EventSkipper services = new EventSkipper(SERVICES_SEARCH * (search + peer), rng);
        EventSkipper mobilised = new EventSkipper(mobilisation * (search + peer), rng);
        int ownedFrom = pb.ownedFrom(b), ownedTo = pb.ownedTo(b);
        PersonTrace trace = m.trace(); // null unless tracing: checked only where someone leaves
        StatusGroups g = groups.fill(ps, PersonBlocks.start(b), PersonBlocks.end(b, ps.size()));
        // Status by status (see StatusGroups); the lists are put back in slot order at the end.
        ps.clear(PersonBlocks.start(b), PersonBlocks.end(b, ps.size()), Persons.SEARCHED_AWAY);
        // Waiting in town is searching: every month, without a draw.
        int[] waiting = g.of(Status.TOWN_SEEKER);
        for (int k = 0, n = g.size(Status.TOWN_SEEKER); k < n; k++) blk.seekers.add(waiting[k]);
        for (Status s : StatusGroups.LOCAL_WAGE_WORK) {
            int[] workers = g.of(s);
            for (int k = 0, n = g.size(s); k < n; k++) {
                int i = workers[k];
                // trainees farm on but do not search (7.8.5); the seriously ill neither farm nor search (7.7.7)
                if (ps.has(i, Persons.IN_COURSE | Persons.ILL)) continue;
                if (ps.has(i, Persons.CASUAL) && ps.tenure(i) == 1) {
                    blk.leavers.add(i);
                    if (trace != null && trace.traced(i)) trace.reason(i, "quit: casual habit");
                    continue;
                }
                // Quit with chance quit, else search on the job with chance onJob: a leaving or a search
                // with chance quitOrSearch, then which of the two.
                if (leaving.reached() && leaving.accept(quitOrSearch, rng)) {
                    if (EventSkipper.uniform(rng) * quitOrSearch < quit) {
                        blk.leavers.add(i);
                        if (trace != null && trace.traced(i)) trace.reason(i, "quit: family shock");
                    } else blk.seekers.add(i);
                }
            }
        }
        for (Status s : StatusGroups.DISTANT_WORK) {
            int[] migrants = g.of(s);
            for (int k = 0, n = g.size(s); k < n; k++) {
                int i = migrants[k];
                if (ps.has(i, Persons.IN_COURSE | Persons.ILL)) continue;
                double u = EventSkipper.uniform(rng);
                if (u < back.hazard(ps.employer(i), ps.tenure(i), ps.has(i, Persons.ESCORTED))) {
                    blk.leavers.add(i);
                    if (trace != null && trace.traced(i)) {
                        trace.reason(i, back.cause(ps.employer(i), ps.tenure(i), ps.has(i, Persons.ESCORTED), u));
                    }
                }
            }
        }
        // At home (farming, idle, in a cooperative) or in urban services: a search with the peers' pull.
        // Farmers are counted by household in the same walk (no draw): only the household's owner block writes
        // its count, others leave a note.
        for (Status s : AT_HOME) {
            boolean isServices = s == Status.SERVICES, isFarming = s == Status.FARMING;
            int[] group = g.of(s);
            for (int k = 0, n = g.size(s); k < n; k++) {
                int i = group[k];
                if (isFarming && !ps.has(i, Persons.ILL)) {
                    int h = ps.household(i);
                    if (h >= ownedFrom && h < ownedTo) farmers[h]++;
                    else blk.farmersElsewhere.add(h);
                }
                if (ps.has(i, Persons.IN_COURSE | Persons.ILL)) continue;
                boolean isMobilised = !isServices && hh.isTargeted(ps.household(i));
                EventSkipper chance = isServices ? services : isMobilised ? mobilised : own;
                if (!chance.reached()) continue;
                double rate = search + peer * belt.peerShare(ps.village(i)); // the household's village, from the person
                if (isServices) rate *= SERVICES_SEARCH;
                else if (isMobilised) rate *= mobilisation;
                if (chance.accept(rate, rng)) blk.seekers.add(i);
            }
        }
        g.sortSlots(blk.seekers);
        g.sortSlots(blk.leavers);
    }

    private static final Status[] AT_HOME = {Status.FARMING, Status.IDLE, Status.COOPERATIVE, Status.SERVICES};

    static {
        // Every status is in exactly one of the groups above or has no decision to make.
        java.util.EnumSet<Status> seen = java.util.EnumSet.of(Status.DEPENDENT, Status.TOWN_SEEKER);
        for (Status[] group : new Status[][]{StatusGroups.LOCAL_WAGE_WORK, StatusGroups.DISTANT_WORK, AT_HOME}) {
            for (Status s : group) {
                if (!seen.add(s)) throw new AssertionError(s + " in two groups");
            }
        }
        if (seen.size() != Status.values().length) throw new AssertionError("a status without a search rule");
    }

    /**
     * Farmers of household h as the last search pass counted them; for a household born since (or before
     * the first month's market), counted now from its members.
     */
    int farmersAtHome(Belt belt, int h) {
        if (h < farmers.length) return farmers[h];
        Persons ps = belt.persons();
        int f = 0;
        for (int q = belt.households().firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
            if (ps.statusCode(q) == Status.FARMING.ordinal() && !ps.has(q, Persons.SEARCHED_AWAY)) f++;
        }
        return f;
    }
}
