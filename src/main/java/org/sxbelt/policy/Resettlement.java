package org.sxbelt.policy;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Village;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Programme;
import org.sxbelt.model.SuperFirm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Poverty-alleviation relocation (易地扶贫搬迁): the most remote poor villages, then the most remote
 * others, are moved to sites next to their county town at {@code policy.relocationPersons} real persons
 * a year, spread evenly over the months (a whole generated village at a time, when the persons due
 * reach half of it, so the persons moved track those due at every scale). A resettled village is a
 * short commute from the park on a good road, and at least {@value #OLD_LAND_LEASED} of its old land,
 * now far away, is leased to cooperatives; a household keeps its members, status and old land. The follow-up package is four separate levers: satellite
 * factories at the sites ({@code policy.siteFactories}), a greenhouse for some households
 * ({@code policy.siteGreenhouses}), land reallocated at the site ({@code policy.siteLand}) and the
 * site's kindergarten and boarding school ({@code policy.siteSchools}, releasing care duties).
 */
public final class Resettlement implements Programme {

    static final double NEW_SITE_KM = 3;
    /** Share of the old land a relocated household leases out (ODD 7.8.3). */
    static final double OLD_LAND_LEASED = 0.8;
    private static final double PER_10000 = 10_000;

    private List<Village> order;
    private double personsDue;
    private double personsMoved;
    private double factoriesDue;
    private final List<Village> sites = new ArrayList<>();

    @Override
    public void run(BeltModel m) {
        if (order == null) {
            order = m.belt().villages().stream().filter(v -> !v.isUrbanWard())
                    .sorted(Comparator.comparing((Village v) -> !v.isPoorVillage())
                            .thenComparing(Comparator.comparingDouble(Village::getKmToTown).reversed())
                            .thenComparingInt(Village::getIndex)).toList();
        }
        personsDue += m.params().get(RELOCATION_PERSONS) / 12;
        for (Village v : order) {
            if (v.isResettled()) continue;
            double persons = persons(m, v);
            if (personsMoved + persons / 2 > personsDue) break;
            relocate(m, v, persons);
        }
        buildSiteFactories(m);
        paySites(m);
    }

    /** Real persons living in the village now. */
    private static double persons(BeltModel m, Village v) {
        Households hh = m.belt().households();
        int n = 0;
        for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) n += hh.members(h);
        return (double) n * m.belt().scale();
    }

    private void relocate(BeltModel m, Village v, double persons) {
        Households hh = m.belt().households();
        double greenhouseChance = m.params().get(SITE_GREENHOUSES);
        for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) {
            hh.set(h, Households.UNSAFE_HOUSING, false);   // resettlement housing is safe (ODD 7.7.3)
            // the farm side's greenhouse (ODD 7.7.1): its income, and its lease when nobody farms, are paid there
            if (hh.members(h) > 0 && greenhouseChance > 0 && m.random.nextDouble() < greenhouseChance) m.farm().plots().addGreenhouse(h);
        }
        v.resettleNear(NEW_SITE_KM, OLD_LAND_LEASED, m.params().get(SITE_SCHOOLS));
        sites.add(v);
        personsMoved += persons;
        factoriesDue += m.params().get(SITE_FACTORIES) * persons / PER_10000;
        m.accounts().add(v.town().index(), Flow.SPEND_RELOCATION, persons * m.params().get(RELOCATION_COST));
    }

    /**
     * Satellite factories due at the sites, one real factory at a time at the resettled village with
     * the most room (a village workshop run by a local operator, at the workshop cost); at a coarse
     * scale one agent workshop stands for several ({@link SuperFirm}), as in {@link WorkshopProgramme}.
     */
    private void buildSiteFactories(BeltModel m) {
        double size = m.params().get(WORKSHOP_SIZE);
        int scale = m.belt().scale();
        while (factoriesDue >= 1) {
            Village site = null;
            for (Village v : order) {
                if (v.isResettled() && v.workshopRoom() > 0 && (site == null || v.workshopRoom() > site.workshopRoom())) site = v;
            }
            if (site == null) return; // no room left at any site: the rest waits for the next move
            factoriesDue -= 1;
            int firms = SuperFirm.fitting(size, scale, site.workshopRoom());
            if (firms == 0 || !SuperFirm.kept(m.random, firms, size, scale)) continue;
            m.firmFactory().openWorkshop(WorkshopProgramme.drawIndustry(m, site), site, size, firms);
            m.accounts().add(site.town().index(), Flow.SPEND_WORKSHOPS, firms * m.params().get(WORKSHOP_COST));
        }
    }

    /**
     * The land reallocated at the sites pays its month: at the baseline farm income per mu (it is new
     * land, not the household's old orchards) if a member farms; if none does, it is leased out for rent.
     * (Site greenhouses are the farm side's greenhouses and pay in the household economy.)
     */
    private void paySites(BeltModel m) {
        if (sites.isEmpty()) return;
        Households hh = m.belt().households();
        Persons ps = m.belt().persons();
        double farmIndex = m.conditions().farmIndex();
        double land = m.params().get(SITE_LAND);
        double landFarmed = land * m.params().get(FARM_INCOME_PER_MU) / 12 * farmIndex;
        double landLeased = land * m.params().get(LAND_RENT) / 12;
        int scale = m.belt().scale();
        for (Village v : sites) {
            int county = v.town().index();
            for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) {
                if (hh.members(h) == 0) continue;
                boolean farmed = false;
                for (int q = hh.firstMember(h); q != Persons.NONE && !farmed; q = ps.nextMember(q)) farmed = ps.status(q) == Status.FARMING;
                if (land > 0) pay(m, h, county, farmed ? Flow.INCOME_FARM : Flow.INCOME_LAND_RENT, farmed ? landFarmed : landLeased, scale);
            }
        }
    }

    private static void pay(BeltModel m, int h, int county, Flow f, double yuan, int scale) {
        m.belt().households().addIncome(h, yuan);
        m.accounts().add(county, f, yuan * scale);
    }
}
