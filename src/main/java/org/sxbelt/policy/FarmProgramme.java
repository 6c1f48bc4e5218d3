package org.sxbelt.policy;

import org.sxbelt.agents.Households;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.FarmSide;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Programme;
import org.sxbelt.params.Param;

import static org.sxbelt.params.ParamSchema.*;

/**
 * One of the programmes that raise what households earn from their own farms (003 ~1555-1562,
 * ~2199-2207; 001 part 1): each reaches a yearly number of households registered poor in 2015
 * (real households, spread evenly over the months) who do not have it yet, drawn at random among the
 * rural households, and pays its unit cost for each. See {@link Kind} for what each one does.
 */
public final class FarmProgramme implements Programme {

    private static final int ATTEMPTS_PER_PLACE = 60;

    /** The farm programmes, their reach and unit-cost levers and what a reached household gets. */
    public enum Kind {
        /** Orchard upgrading: tree-crop yields up to the others' (households with orchards whose yields lag). */
        ORCHARD(ORCHARD_HOUSEHOLDS, ORCHARD_COST),
        /** Technical training of the household's farmers: yields up by {@code farm.trainingYieldGain}. */
        TRAINING(FARM_TRAINING_HOUSEHOLDS, FARM_TRAINING_COST),
        /** A greenhouse, worked by a household farmer ({@code farm.greenhouseIncome}). */
        GREENHOUSE(GREENHOUSES, GREENHOUSE_COST),
        /** An improved courtyard plot ({@code farm.courtyardIncome}). */
        COURTYARD(COURTYARD_HOUSEHOLDS, COURTYARD_COST);

        final Param reach;
        final Param cost;

        Kind(Param reach, Param cost) {
            this.reach = reach;
            this.cost = cost;
        }
    }

    private final Kind kind;

    public FarmProgramme(Kind kind) { this.kind = kind; }

    @Override
    public void run(BeltModel m) {
        double perYear = m.level(kind.reach);
        if (perYear <= 0) return;
        int places = m.stochasticRound(perYear / 12 / m.belt().scale());
        Households hh = m.belt().households();
        int n = hh.size();
        if (places == 0 || n == 0) return;
        double cost = m.params().get(kind.cost) * m.belt().scale();
        FarmSide farm = m.farm();
        int filled = 0;
        for (int attempt = 0; attempt < places * ATTEMPTS_PER_PLACE && filled < places; attempt++) {
            int h = m.random.nextInt(n);
            if (!eligible(m, farm, h)) continue;
            give(m, farm, h);
            m.accounts().add(m.belt().townOfHousehold(h), Flow.SPEND_FARM_PROGRAMMES, cost);
            filled++;
        }
    }

    /** Whether rural household h, registered poor in 2015, can still gain from this programme. */
    boolean eligible(BeltModel m, FarmSide farm, int h) {
        Households hh = m.belt().households();
        if (hh.members(h) == 0 || m.isUrban(h) || !hh.has(h, Households.REGISTERED_2015)) return false;
        boolean farms = hh.land(h) - hh.leasedLand(h) > 0;
        return switch (kind) {
            case ORCHARD -> farms && farm.yields().lagsTree(h) && farm.mix(m.belt().townOfHousehold(h)).treeShare() > 0;
            case TRAINING -> farms && farm.yields().lags(h);
            case GREENHOUSE -> !farm.plots().hasGreenhouse(h);
            case COURTYARD -> !farm.plots().hasCourtyard(h);
        };
    }

    private void give(BeltModel m, FarmSide farm, int h) {
        switch (kind) {
            case ORCHARD -> farm.yields().improveOrchard(h);
            case TRAINING -> farm.yields().train(h, m.params().get(TRAINING_YIELD_GAIN));
            case GREENHOUSE -> farm.plots().addGreenhouse(h);
            case COURTYARD -> farm.plots().addCourtyard(h);
        }
    }
}
