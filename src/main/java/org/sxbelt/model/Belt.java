package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.sxbelt.geo.BeltGeography;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that exists in the simulated belt: places (towns, villages), people (households,
 * persons), firms (every firm ever opened, indexed by id, closed ones kept for survival statistics)
 * and the distant labour markets. Processes act on it; it holds no behaviour of its own.
 */
public final class Belt implements java.io.Serializable {

    private final BeltGeography geography;
    private final List<String> prefectures;
    private final List<Town> towns;
    private final List<Village> villages;
    private final Households households;
    private final Persons persons;
    private final List<DistantMarket> markets;
    private final int scale;
    private final List<Firm> firms = new ArrayList<>();
    private final List<Firm> liveFirms = new ArrayList<>();
    private final int[][] townsByDistance;
    // Village facts as primitive arrays: the monthly person passes read them millions of times.
    // The households are laid out village by village, in village order (checked here): passes over the
    // households go village by village and read a village's facts once.
    private final int[] villageTown;
    private final boolean[] villageUrban;
    private final float[] villagePeerShare;

    public Belt(BeltGeography geography, List<String> prefectures, List<Town> towns, List<Village> villages,
                Households households, Persons persons, List<DistantMarket> markets, int scale) {
        this.geography = geography;
        this.prefectures = List.copyOf(prefectures);
        this.towns = List.copyOf(towns);
        this.villages = List.copyOf(villages);
        this.households = households;
        this.persons = persons;
        this.markets = List.copyOf(markets);
        this.scale = scale;
        this.townsByDistance = sortTownsByDistance();
        int nv = this.villages.size();
        villageTown = new int[nv];
        villageUrban = new boolean[nv];
        villagePeerShare = new float[nv];
        int next = 0;
        for (Village v : this.villages) {
            villageTown[v.getIndex()] = v.town().index();
            villageUrban[v.getIndex()] = v.isUrbanWard();
            if (v.firstHousehold() != next) throw new IllegalStateException(v + " does not start where the previous village's households end");
            next += v.householdCount();
        }
        if (next != households.size()) throw new IllegalStateException("the villages hold " + next + " of " + households.size() + " households");
    }

    /** Town (= county) index of a household's home. */
    public int townOfHousehold(int h) { return villageTown[households.village(h)]; }

    /** Town (= county) index of a person's home: {@code townOfHousehold(household(p))} without reading the household. */
    public int townOfPerson(int p) { return villageTown[persons.village(p)]; }

    /** Index of the village a person's household lives in. */
    public int villageOfPerson(int p) { return persons.village(p); }

    public int townOfVillage(int v) { return villageTown[v]; }

    /** Whether a household lives in a town's urban ward rather than a village. */
    public boolean isUrbanHousehold(int h) { return villageUrban[households.village(h)]; }

    public boolean isUrbanVillage(int v) { return villageUrban[v]; }

    /** Share of a village's working-age residents in wage work or waiting in a town last month (word of mouth). */
    public double peerShare(int v) { return villagePeerShare[v]; }

    public void setPeerShare(int v, double share) {
        villagePeerShare[v] = (float) share;
    }

    private int[][] sortTownsByDistance() {
        int n = towns.size();
        int[][] order = new int[n][];
        for (int i = 0; i < n; i++) {
            final int from = i;
            order[i] = java.util.stream.IntStream.range(0, n).filter(j -> j != from).boxed()
                    .sorted(java.util.Comparator.comparingDouble((Integer j) -> km(from, j)).thenComparingInt(j -> j))
                    .mapToInt(Integer::intValue).toArray();
        }
        return order;
    }

    public BeltGeography geography() { return geography; }
    public List<String> prefectures() { return prefectures; }
    public List<Town> towns() { return towns; }
    public Town town(int index) { return towns.get(index); }
    public List<Village> villages() { return villages; }
    public Households households() { return households; }
    public Persons persons() { return persons; }
    public List<DistantMarket> markets() { return markets; }
    public DistantMarket market(int id) { return markets.get(id); }
    /** Real persons per simulated person. */
    public int scale() { return scale; }

    /** Road km between two towns. */
    public double km(int townA, int townB) { return geography.roads().km(townA, townB); }

    /** Other towns, nearest first by road. */
    public int[] townsByDistance(int town) { return townsByDistance[town]; }

    public List<Firm> firms() { return firms; }
    public Firm firm(int id) { return firms.get(id); }
    public List<Firm> liveFirms() { return liveFirms; }

    public int nextFirmId() { return firms.size(); }

    public void register(Firm f) {
        if (f.id() != firms.size()) throw new IllegalStateException("firm ids must be consecutive");
        firms.add(f);
        liveFirms.add(f);
    }

    public void unregister(Firm f) { liveFirms.remove(f); }
}
