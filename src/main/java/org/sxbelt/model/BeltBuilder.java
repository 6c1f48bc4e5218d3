package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.PovertyStatus;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.geo.PopulationPath;
import org.sxbelt.params.ParamValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Generates the belt of January 2015 from the geography and the prefecture profiles: one town per
 * county or XPCC city, villages scattered around it, households and persons drawn so that each
 * prefecture's mean rural income and registered-poor share match the sources. County populations are
 * those of 2015 ({@link PopulationPath}: the census figures scaled back by prefecture).
 */
public final class BeltBuilder {

    /** Fewest households a generated village holds, so that coarse scales do not make empty villages. */
    private static final int MIN_HOUSEHOLDS_PER_VILLAGE = 20;
    private static final double URBAN_HOUSEHOLD_SIZE = 3.4;
    /** Urban over rural income per person in 2015: 22,128 / 7,450 (003 ~1485-1486). */
    private static final double URBAN_INCOME_FACTOR = 2.97;
    private static final double MAX_FARM_PRODUCTIVITY = 40;

    private final BeltGeography geo;
    private final Map<String, PrefectureProfile> profiles;
    private final ParamValues p;
    private final MersenneTwisterFast rng;
    private final int scale;
    private final PopulationPath population = PopulationPath.loadDefault();

    public BeltBuilder(BeltGeography geo, Map<String, PrefectureProfile> profiles, ParamValues p,
                       MersenneTwisterFast rng) {
        this.geo = geo;
        this.profiles = profiles;
        this.p = p;
        this.rng = rng;
        this.scale = p.getInt(SCALE);
    }

    public Belt build() {
        List<String> prefectures = new ArrayList<>(geo.prefectures());
        prefectures.remove("External");
        List<County> counties = geo.counties();

        // Size the stores once: expected persons plus headroom for births.
        long expected = 0;
        for (County c : counties) expected += Math.round((double) population.population2015(c) / scale);
        Persons persons = new Persons((int) Math.min(Integer.MAX_VALUE - 8, expected + expected / 8 + 64));
        int hhCapacity = (int) (expected / 2 + 64);
        List<HouseholdDraft> drafts = new ArrayList<>(hhCapacity);

        List<Town> towns = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        double[] freight = FreightDistance.indices(geo, p.get(RAIL_COST_RATIO));
        for (County c : counties) {
            double remoteness = freight[c.index()];
            PrefectureProfile profile = profiles.get(c.prefecture());
            Town t = new Town(c, prefectures.indexOf(c.prefecture()), remoteness, geo.roads().onTrunkRoad(c.index()),
                    profile.rawMaterialBase(), p.get(INITIAL_PARK_SPACE) * population.population2015(c) / 100_000.0);
            t.setKmToCustoms(CustomsClearance.kmFrom(geo, c));
            towns.add(t);
            generateCounty(t, profile, villages, drafts, persons);
        }

        Households hh = new Households(drafts.size());
        for (int h = 0; h < drafts.size(); h++) drafts.get(h).commit(h, hh, persons);
        linkNeighbours(villages);

        List<DistantMarket> markets = List.of(
                new DistantMarket(0, "xinjiang", "north Xinjiang", "北疆", false, XJ_WAGE, XJ_DEMAND, XJ_LIVING_COST,
                        MANDARIN_XINJIANG, false),
                new DistantMarket(1, "xpcc", "XPCC regiments", "兵团团场", false, XPCC_WAGE, XPCC_DEMAND, XJ_LIVING_COST,
                        MANDARIN_XINJIANG, true),
                new DistantMarket(2, "inland", "inland provinces", "内地省份", true, INLAND_WAGE, INLAND_DEMAND,
                        INLAND_LIVING_COST, MANDARIN_INLAND, false));
        return new Belt(geo, prefectures, towns, villages, hh, persons, markets, scale);
    }

    private void generateCounty(Town t, PrefectureProfile profile, List<Village> villages,
                                List<HouseholdDraft> drafts, Persons persons) {
        County c = t.county();
        double agents = (double) population.population2015(c) / scale;
        int urbanAgents = stochasticRound(agents * c.urbanShare());
        int ruralAgents = stochasticRound(agents * (1 - c.urbanShare()));
        double hhSize = p.get(HOUSEHOLD_SIZE);

        // The town's own ward holds the urban population.
        Village ward = new Village(villages.size(), t, c.lon(), c.lat(), 2, 1.0, false, true);
        villages.add(ward);
        t.villages().add(ward);
        int wardFirst = drafts.size();
        for (int placed = 0; placed < urbanAgents; ) {
            HouseholdDraft d = newHousehold(ward, URBAN_HOUSEHOLD_SIZE, 0, persons, true);
            drafts.add(d);
            placed += d.size;
        }
        ward.setHouseholds(wardFirst, drafts.size() - wardFirst);

        int ruralHouseholds = (int) Math.max(1, Math.round(ruralAgents / hhSize));
        int nVillages = (int) Math.max(1, Math.min(c.villages(), ruralHouseholds / MIN_HOUSEHOLDS_PER_VILLAGE));
        // the prefecture's key poor villages of 2015 over its real villages (003 ~1364-1370)
        double poorVillageChance = Math.min(1, profile.poorVillages2015() / (double) realVillages(c.prefecture()));
        IncomeDistribution income = IncomeDistribution.fit(profile.ruralIncome2015(),
                PrefectureProfile.SOURCE_POVERTY_LINE, profile.poorShare2015());
        double placed = 0;
        for (int v = 0; v < nVillages; v++) {
            double km = 3 + gamma2(10.0);
            double angle = rng.nextDouble() * 2 * Math.PI;
            double straight = km / 1.3;
            double lat = c.lat() + straight / 111.0 * Math.sin(angle);
            double lon = c.lon() + straight / (111.0 * Math.cos(Math.toRadians(c.lat()))) * Math.cos(angle);
            double road = Math.max(0.3, Math.min(0.9, 0.95 - km / 100.0 + 0.1 * rng.nextGaussian()));
            Village vil = new Village(villages.size(), t, lon, lat, km, road, rng.nextDouble() < poorVillageChance,
                    false);
            vil.setRepresents((int) Math.ceil((double) c.villages() / nVillages));
            villages.add(vil);
            t.villages().add(vil);
            int first = drafts.size();
            double target = (double) ruralAgents * (v + 1) / nVillages;
            while (placed < target) {
                HouseholdDraft d = newHousehold(vil, hhSize, profile.landPerCapita(), persons, false);
                d.targetIncomePerCapita = income.draw(rng.nextGaussian());
                drafts.add(d);
                placed += d.size;
            }
            vil.setHouseholds(first, drafts.size() - first);
        }
        // Urban incomes: services pay; no registration.
        for (int h = wardFirst; h < wardFirst + ward.householdCount(); h++) {
            drafts.get(h).targetIncomePerCapita = URBAN_INCOME_FACTOR * profile.ruralIncome2015();
        }
    }

    /** Real villages of a prefecture's counties (the {@code villages} column of the geography). */
    private int realVillages(String prefecture) {
        int n = 0;
        for (County x : geo.counties()) if (x.prefecture().equals(prefecture)) n += x.villages();
        return Math.max(1, n);
    }

    /**
     * Villages share workshops with their two neighbours by bearing around the town (the villages
     * either side on the ring of the town's villages), so that shared workshops are near each other.
     */
    private static void linkNeighbours(List<Village> villages) {
        java.util.Map<Town, List<Village>> byTown = new java.util.LinkedHashMap<>();
        for (Village v : villages) if (!v.isUrbanWard()) byTown.computeIfAbsent(v.town(), t -> new ArrayList<>()).add(v);
        for (List<Village> ring : byTown.values()) {
            if (ring.size() < 2) continue;
            County c = ring.get(0).town().county();
            ring.sort(java.util.Comparator.comparingDouble((Village v) -> Math.atan2(v.getLat() - c.lat(), v.getLon() - c.lon()))
                    .thenComparingInt(Village::getIndex));
            for (int i = 0; i < ring.size(); i++) {
                Village v = ring.get(i);
                Village prev = ring.get((i + ring.size() - 1) % ring.size());
                Village next = ring.get((i + 1) % ring.size());
                v.neighbours().add(prev);
                if (next != prev) v.neighbours().add(next);
            }
        }
    }

    private HouseholdDraft newHousehold(Village v, double meanSize, double landPerCapita, Persons persons,
                                        boolean urban) {
        int size = 1 + poisson(meanSize - 1);
        size = Math.min(size, 12);
        HouseholdDraft d = new HouseholdDraft(v, size);
        int workStart = p.getInt(WORK_START_AGE);
        int retire = p.getInt(RETIRE_AGE);
        for (int i = 0; i < size; i++) {
            int age = i == 0 ? 25 + rng.nextInt(36) : i == 1 && size > 2 ? 22 + rng.nextInt(35) : drawAge();
            boolean female = i == 1 || (i != 0 && rng.nextBoolean());
            boolean working = age >= workStart && age < retire;
            Status st = !working ? Status.DEPENDENT : urban ? Status.SERVICES : Status.FARMING;
            int person = persons.add(Persons.NONE, v.getIndex(), age, female, st);
            initPerson(person, age, urban, persons);
            d.members[i] = person;
        }
        d.land = urban ? 0 : landPerCapita * size * Math.exp(0.3 * rng.nextGaussian() - 0.045);
        return d;
    }

    private void initPerson(int person, int age, boolean urban, Persons persons) {
        double youth = age < 30 ? 1 : age < 45 ? 0.5 : 0.15;
        persons.setMandarin(person, (urban ? 0.4 : 0.1) + youth * 0.45 * rng.nextDouble());
        persons.setSkill(person, rng.nextDouble() < (urban ? 0.25 : 0.08) ? 0.5 : 0);
    }

    /** A young population (births near 27 per mille in 2015): about 30% under 16, 8% over 60. */
    private int drawAge() {
        double u = rng.nextDouble();
        if (u < 0.42) return rng.nextInt(16);
        if (u < 0.88) return 16 + rng.nextInt(30);
        if (u < 0.96) return 46 + rng.nextInt(14);
        return 60 + rng.nextInt(25);
    }

    private int stochasticRound(double x) {
        int f = (int) Math.floor(x);
        return f + (rng.nextDouble() < x - f ? 1 : 0);
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean), prod = rng.nextDouble();
        int k = 0;
        while (prod > l) {
            k++;
            prod *= rng.nextDouble();
        }
        return k;
    }

    /** Gamma(shape 2, scale) as the sum of two exponentials: most villages near town, a long tail. */
    private double gamma2(double scaleKm) {
        return -scaleKm * (Math.log(1 - rng.nextDouble()) + Math.log(1 - rng.nextDouble()));
    }

    /** A household before the stores are sized; committed once all are drawn. */
    private final class HouseholdDraft {
        final Village village;
        final int size;
        final int[] members;
        double land;
        double targetIncomePerCapita;

        HouseholdDraft(Village village, int size) {
            this.village = village;
            this.size = size;
            this.members = new int[size];
        }

        void commit(int h, Households hh, Persons persons) {
            hh.setVillage(h, village.getIndex());
            hh.setLand(h, land);
            for (int m : members) {
                persons.setHouseholdOf(m, h, village.getIndex());
                hh.addMember(h, m, persons);
            }
            double annual = targetIncomePerCapita * size;
            if (village.isUrbanWard()) {
                hh.setFarmProductivity(h, 0);
            } else {
                // Farm productivity fills what side income does not explain, so incomes match the sources.
                int adults = 0;
                for (int m : members) if (persons.status(m) == Status.FARMING) adults++;
                double side = 12 * p.get(SIDE_INCOME) * adults;
                // with the labour the household has, so that January 2015 is a steady state
                double farmBase = land * p.get(FARM_INCOME_PER_MU) * FarmIncome.labourFactor(land, adults, p);
                // Productivity also stands for orchards and livestock, hence the wide range: capping it
                // lower would cut the right tail of the income distribution the sources imply.
                double prod = farmBase <= 0 ? 0 : Math.max(0.05, Math.min(MAX_FARM_PRODUCTIVITY, (annual - side) / farmBase));
                hh.setFarmProductivity(h, prod);
                annual = Math.max(annual, side + prod * farmBase);
            }
            hh.seedIncome(h, annual / 12);
            hh.setSavings(h, 0.1 * annual);
            boolean poor = !village.isUrbanWard() && annual / size < p.get(POVERTY_LINE);
            hh.setPoverty(h, poor ? PovertyStatus.REGISTERED_POOR : PovertyStatus.NON_POOR);
            hh.set(h, Households.REGISTERED_2015, poor);
            for (int m : members) {
                persons.setReservationWage(m, 0);
            }
        }
    }
}
