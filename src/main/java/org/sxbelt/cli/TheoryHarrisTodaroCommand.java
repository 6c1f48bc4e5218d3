package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.theory.HarrisTodaroCheck;
import org.sxbelt.experiment.theory.TheoryLine;
import org.sxbelt.experiment.theory.TheoryResult;
import org.sxbelt.geo.BeltGeography;

import java.util.ArrayList;
import java.util.List;

/** {@code sxbelt theory harris-todaro}: the town labour force and unemployment against Harris and Todaro. */
@Parameters(commandNames = "theory harris-todaro", separators = "= ", commandDescription = "Harris-Todaro on the "
        + "model's actual outcomes. One county town has --jobs jobs at --urban-wage, let anew each month at random "
        + "among everyone who applies; the county's others farm for --farm-income, or on common land for the "
        + "marginal product of --farm-scale x N^--farm-exponent. Prints the town labour force (employed plus "
        + "seekers waiting in town), unemployment and the realised and believed hire rates beside the closed "
        + "forms E*w/F, 1 - F/w and F/w (common land: w*E/L = a*A*(N - L)^(a-1)). Exit status 3 when a line "
        + "fails.")
final class TheoryHarrisTodaroCommand extends TheoryCommand {

    @Parameter(names = "--urban-wage", required = true, description = "The town jobs' monthly wage w, in (0, 5000].")
    @OptionHelp(arg = "<yuan>", byDefault = "none: required")
    double wage;

    @Parameter(names = "--jobs", required = true, description = "The town's jobs E (real persons), at least 20 "
            + "simulated jobs at --scale.")
    @OptionHelp(arg = "<persons>", byDefault = "none: required")
    double jobs;

    @Parameter(names = "--farm-income", description = "Constant monthly farm income F, in (0, --urban-wage). "
            + "Give it, or the three common-land options.")
    @OptionHelp(arg = "<yuan>", byDefault = "none")
    Double farmIncome;

    @Parameter(names = "--land-labour", description = "Common land: the county labour N wanted; the county "
            + "whose farmers are nearest is used, and the closed form is solved for its measured N.")
    @OptionHelp(arg = "<persons>", byDefault = "none")
    Double landLabour;

    @Parameter(names = "--farm-scale", description = "Common land: A of the county's output A x N_A^alpha "
            + "(yuan a month).")
    @OptionHelp(arg = "<A>", byDefault = "none")
    Double farmScale;

    @Parameter(names = "--farm-exponent", description = "Common land: alpha, in (0, 1).")
    @OptionHelp(arg = "<alpha>", byDefault = "none")
    Double farmExponent;

    @Parameter(names = "--months", description = "Months simulated at least; the run goes on a year at a time "
            + "(up to 1200) until the town labour force has settled (line steady_state_drift); the means are over "
            + "the second half.")
    @OptionHelp(arg = "<months>", byDefault = "240")
    int months = 240;

    @Parameter(names = "--scale", description = "Real persons per simulated person.")
    @OptionHelp(arg = "<n>", byDefault = "100")
    int scale = 100;

    @Parameter(names = "--search-rate", description = "Spontaneous search chance a month (labor.searchRate); "
            + "seekers otherwise come by word of mouth. High values overshoot the equilibrium.")
    @OptionHelp(arg = "<share>", byDefault = "0.001")
    double searchRate = 0.001;

    @Parameter(names = "--paradox", description = "Also run with this many more jobs and print the town labour "
            + "force's rise per job beside w/F (the Todaro paradox; constant farm income only).")
    @OptionHelp(arg = "<jobs>", byDefault = "off")
    Double paradox;

    TheoryHarrisTodaroCommand() {
        super("Seed of the setting's run.");
    }

    @Override
    TheoryResult check(long seed) {
        boolean land = landLabour != null || farmScale != null || farmExponent != null;
        if (land == (farmIncome != null)) {
            throw new CliException("give either --farm-income or all of --land-labour, --farm-scale and --farm-exponent");
        }
        if (land && (landLabour == null || farmScale == null || farmExponent == null)) {
            throw new CliException("common land needs all of --land-labour, --farm-scale and --farm-exponent");
        }
        if (paradox != null && (land || !(paradox > 0))) {
            throw new CliException("--paradox needs a number of jobs above 0 and a constant --farm-income");
        }
        HarrisTodaroCheck.Options o = (land
                ? HarrisTodaroCheck.Options.commonLand(wage, jobs, landLabour, farmScale, farmExponent)
                : HarrisTodaroCheck.Options.constantFarmIncome(wage, jobs, farmIncome))
                .withRun(months, seed, scale).withSearchRate(searchRate);
        BeltGeography geography = BeltGeography.loadDefault();
        TheoryResult r = HarrisTodaroCheck.run(o, geography);
        if (!r.line("steady_state_drift").pass()) {
            System.err.println("note: the town labour force had not settled after " + r.inputs().get("months_run")
                    + " months, so the lines above are not the steady state's; raise --search-rate (now "
                    + r.inputs().get("search_rate") + ") to approach it faster");
        }
        if (paradox == null) return r;
        List<TheoryLine> lines = new ArrayList<>(r.lines());
        lines.add(HarrisTodaroCheck.paradox(o, paradox, geography));
        return new TheoryResult(r.setting(), r.inputs(), lines);
    }
}
