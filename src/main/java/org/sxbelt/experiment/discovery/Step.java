package org.sxbelt.experiment.discovery;

import java.util.List;

/**
 * One box on PRIM's trajectory with its statistics, as EMA Workbench defines them: coverage = cases of
 * interest in the box / all cases of interest; density = cases of interest in the box / cases in the
 * box; mass = cases in the box / all cases; restricted = the factors whose range the box narrows.
 *
 * @param index    0 for the box around all cases, then one per peel and paste
 * @param phase    how the box was made
 * @param inBox    cases in the box
 * @param ofInterestInBox cases of interest in the box
 */
public record Step(int index, Phase phase, Box box, int inBox, int ofInterestInBox, double coverage, double density,
                   double mass, List<Integer> restricted) {

    /** The box around every case, a peel (the box made smaller) or a paste (made larger again). */
    public enum Phase {
        START, PEEL, PASTE;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Step {
        restricted = List.copyOf(restricted);
    }

    /** The step for {@code box}: counts its cases and computes its statistics. */
    static Step of(int index, Phase phase, Box box, Box initial, Cases c, int[] rows) {
        int coi = 0;
        for (int r : rows) if (c.y()[r]) coi++;
        int all = c.ofInterest();
        return new Step(index, phase, box, rows.length, coi, all == 0 ? Double.NaN : (double) coi / all,
                rows.length == 0 ? Double.NaN : (double) coi / rows.length, (double) rows.length / c.size(),
                box.restricted(initial));
    }
}
