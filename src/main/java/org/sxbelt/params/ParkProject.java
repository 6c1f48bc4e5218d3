package org.sxbelt.params;

import java.util.List;

/**
 * A park-building project of the scenario: {@code m2} of standard factory space built in equal
 * monthly parts from month {@code from} to month {@code to} (inclusive) in the named places, split
 * among their county towns by population. A project may be dedicated to one industry (a hair-products
 * park, a shoe park, a textile city): its space is kept for that industry's firms, and the park
 * courts them (parameter {@code firm.dedicatedParkPull}). Counterpart-funded projects are built at
 * the current aid intensity, at most as planned ({@code min(1, policy.counterpartAid)}).
 *
 * @param places   county ids ({@code "luopu"}) or prefecture names ({@code "Hotan"})
 * @param industry the industry id the space is kept for, or null for space open to any industry
 * @param from     first month of building (0 = 2015-01)
 * @param to       last month of building, {@code >= from}
 * @param reason   what the project is and where the sources report it, or null
 */
public record ParkProject(String name, List<String> places, String industry, int from, int to, double m2,
                          boolean counterpart, String reason) implements java.io.Serializable {

    public ParkProject {
        places = List.copyOf(places);
        if (to < from) throw new IllegalArgumentException("park project " + name + ": to < from");
    }

    public int months() { return to - from + 1; }

    public boolean isDedicated() { return industry != null; }
}
