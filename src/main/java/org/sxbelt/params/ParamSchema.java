package org.sxbelt.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sxbelt.params.Param.Kind.BOOLEAN;
import static org.sxbelt.params.Param.Kind.CHOICE;
import static org.sxbelt.params.Param.Kind.INTEGER;
import static org.sxbelt.params.Param.Kind.REAL;

/**
 * Every parameter of the model, in one place: key, unit, allowed range, default, meaning, source.
 * Source tags name the file in {@code shared/seeds/} and its section (see docs/ODD.md), "calibrated"
 * where the value was tuned against the targets of the validate command, or "assumption".
 */
public final class ParamSchema {

    private static final List<Param> ALL = new ArrayList<>();
    private static final Map<String, Param> BY_KEY = new LinkedHashMap<>();

    // ---- run ---------------------------------------------------------------------------------
    public static final Param MONTHS = integer("run.months", "months", 1, 600, 192,
            "Months simulated from 2015-01 (192 = to 2030-12).", "brief: 2015 onward");
    public static final Param SCALE = integer("run.scale", "real persons per agent", 1, 1000, 100,
            "Each simulated person stands for this many real persons; firms and places are not scaled.", "design");
    public static final Param SEED = integer("run.seed", "", 0, Integer.MAX_VALUE, 1,
            "Seed of the run's single random stream (the CLI --seed overrides it).", "design");
    public static final Param DECISION_RULE = choice("run.decisionRule", List.of("logit", "expected-income"), 0,
            "Job choice rule: logit with home attachment, or maximise expected income (Harris-Todaro).",
            "Wang et al. JASSS 2021: run key scenarios under two rule sets");

    // ---- demography --------------------------------------------------------------------------
    public static final Param HOUSEHOLD_SIZE = real("demography.householdSize", "persons", 2, 8, 3.7,
            "Mean rural household size.", "003 ~1344-1350: persons per registered-poor household 2015, Kashgar 3.69, "
                    + "Kizilsu 3.76, Aksu 3.55 (pooled 3.68), the only household sizes the sources give");
    public static final Param BIRTH_RATE = real("demography.birthRate", "per mille per year", 0, 40, 15,
            "Crude birth rate.", "003 part 5 §1(2): Luopu 26.78 (2015), lower after 2017");
    public static final Param DEATH_RATE = real("demography.deathRate", "per mille per year", 0, 30, 6.6,
            "Crude death rate.", "003 part 5 §1(2): Luopu 6.58");
    public static final Param WORK_START_AGE = integer("demography.workStartAge", "years", 14, 20, 16,
            "Age at which a person enters the labour force.", "assumption");
    public static final Param RETIRE_AGE = integer("demography.retireAge", "years", 45, 75, 60,
            "Age at which a person leaves the labour force.", "assumption");

    // ---- farming -----------------------------------------------------------------------------
    public static final Param FARM_INCOME_PER_MU = real("farm.netIncomePerMu", "yuan/mu/year", 0, 5000, 900,
            "Net farm income per mu at average household productivity (2015 prices).", "calibrated");
    public static final Param MU_PER_WORKER = real("farm.muPerWorker", "mu", 0.5, 50, 6,
            "Land one worker can farm; workers beyond land/muPerWorker are surplus labour.", "assumption");
    public static final Param FARM_INCOME_GROWTH = real("farm.incomeGrowth", "per year", -0.1, 0.3, 0.03,
            "Nominal growth of farm income per mu.",
            "calibrated; 003 part 4 §4 (2017 incomes); 002 part 2: Aksu rural income +34.9% 2015-2020, wage work included");
    public static final Param COMMON_LAND_SCALE = real("farm.commonLandScale", "yuan/month", 0, 1e10, 0,
            "A of a county's land worked as one production function A * N^alpha of its N farmers (real persons), "
                    + "each earning the marginal product; 0 leaves every household its own land (the default; "
                    + "the limiting setting of the theory command uses it).", "Harris & Todaro 1970");
    public static final Param COMMON_LAND_EXPONENT = real("farm.commonLandExponent", "", 0, 1, 0.5,
            "alpha of the common-land production function A * N^alpha (diminishing returns for alpha < 1).",
            "Harris & Todaro 1970");
    public static final Param SIDE_INCOME = real("farm.sideIncome", "yuan/month per adult", 0, 3000, 100,
            "Casual and livestock income of a farming adult.", "assumption");

    // ---- the farm side that moves (model.FarmSide; ODD 7.7.1) ---------------------------------------
    public static final Param POOR_YIELD_GAP = real("farm.poorYieldGap", "share", 0, 0.9, 0.3,
            "Yield shortfall of households registered poor in 2015 against the others' yields on the same crops "
                    + "(lack of technique, inputs and management); programmes close it.",
            "003 ~1560 (Aksu: poor households' fruit yields about 30% below ordinary households'); "
                    + "assumption: the same gap on field crops, the causes named not being crop-specific");
    public static final Param FIELD_PRICE_VOLATILITY = real("farm.fieldPriceVolatility", "sd of log price per year", 0, 1, 0.05,
            "Yearly price shocks of grain and cotton (each its own draw).",
            "assumption: state minimum purchase prices (grain) and the cotton target price keep field-crop prices steady; the sources give no series");
    public static final Param FRUIT_PRICE_VOLATILITY = real("farm.fruitPriceVolatility", "sd of log price per year", 0, 1, 0.12,
            "Yearly price shocks of jujube and of other fruit and nuts (each its own draw).",
            "assumption: fruit has no price support (003 ~2183: a one-sided fall in jujube prices; ~1702: state-backed purchase loans "
                    + "to steady fruit prices); the sources give no series");
    public static final Param PRICE_PERSISTENCE = real("farm.pricePersistence", "AR(1) coefficient per year", 0, 0.99, 0.5,
            "Share of last year's log price deviation from trend that carries into this year.",
            "assumption: price cycles of tree crops last a few years (003 ~2183 'a round' of falling jujube prices)");
    public static final Param TRAINING_YIELD_GAIN = real("farm.trainingYieldGain", "share of others' yield", 0, 1, 0.12,
            "Yield rise of a household's crops after technical training of its farmers (capped at the others' yields).",
            "003 ~1560: Aksu's training of 19,657 poor households (2019) aims at 10-15% more fruit a year");
    public static final Param GREENHOUSE_INCOME = real("farm.greenhouseIncome", "yuan/greenhouse/year", 0, 200000, 30000,
            "Net income of a greenhouse worked by a household farmer (2015 prices; with nobody farming, 30%).",
            "003 ~2880 (Piliang village: 5 greenhouses for 5 poor households, +30,000 yuan each in 2018)");
    public static final Param COURTYARD_INCOME = real("farm.courtyardIncome", "yuan/household/year", 0, 20000, 2000,
            "Income of an improved courtyard plot (arch shed, vegetables, poultry), 2015 prices; needs no field labour.",
            "003 ~2207 (Luopu: +2,000 yuan a household); ~2199 (10-15% of poor households' income)");
    public static final Param ORCHARD_HOUSEHOLDS = real("policy.orchardHouseholds", "real households/year", 0, 1e6, 0,
            "Registered-poor households whose orchards are upgraded each year (grafting, pruning, management): their fruit yields reach the others'.",
            "003 ~1562 (0.74 bn yuan for walnut, jujube and grape upgrading); reach: baseline.toml");
    public static final Param ORCHARD_COST = real("policy.orchardCost", "yuan/household", 0, 100000, 3700,
            "Public cost of upgrading one household's orchard.",
            "003 ~1562: 0.74 bn yuan over about 200,000 households (the reach assumed in baseline.toml)");
    public static final Param FARM_TRAINING_HOUSEHOLDS = real("policy.farmTrainingHouseholds", "real households/year", 0, 1e6, 0,
            "Registered-poor households whose farmers get technical training each year (raises yields by farm.trainingYieldGain).",
            "003 ~1560: 19,657 poor households in Aksu (2019), through purchased services");
    public static final Param FARM_TRAINING_COST = real("policy.farmTrainingCost", "yuan/household", 0, 50000, 500,
            "Public cost of the technical training of one household.", "assumption: a few days of purchased extension service");
    public static final Param GREENHOUSES = real("policy.greenhouses", "real greenhouses/year", 0, 1e6, 0,
            "Greenhouses built for registered-poor households each year (one per household).",
            "001 part 1 (3,720 vegetable greenhouses and 4,000 arch sheds built with Tianjin aid in three Hotan counties by 2019); 002 ~17");
    public static final Param GREENHOUSE_COST = real("policy.greenhouseCost", "yuan/greenhouse", 0, 1e6, 60000,
            "Public cost of one greenhouse.", "assumption: a solar greenhouse of about one mu; the sources give no unit cost");
    public static final Param COURTYARD_HOUSEHOLDS = real("policy.courtyardHouseholds", "real households/year", 0, 1e6, 0,
            "Registered-poor households whose courtyard plot is improved each year.",
            "003 ~1562 (238,000 poor households in courtyard and special-crop schemes by 2019); ~2199 (from 2015)");
    public static final Param COURTYARD_COST = real("policy.courtyardCost", "yuan/household", 0, 50000, 700,
            "Public cost of improving one courtyard plot.", "003 ~2199, ~1562: 0.17 bn yuan for about 238,000 households");

    // ---- labour supply -----------------------------------------------------------------------
    public static final Param SEARCH_RATE = real("labor.searchRate", "per month", 0, 1, 0.05,
            "Chance a farming or idle adult looks for work in a month.", "calibrated");
    public static final Param ON_JOB_SEARCH_RATE = real("labor.onJobSearchRate", "per month", 0, 1, 0.01,
            "Chance an employed adult looks for a better job in a month.", "assumption");
    public static final Param PEER_SEARCH_RATE = real("labor.peerSearchRate", "per month per unit share", 0, 1, 0.05,
            "Search chance a month added per unit share of village peers in wage work or waiting in a town (word of "
                    + "mouth); added to labor.searchRate.", "Fu & Hao 2018; 003 ~2145");
    public static final Param LOGIT_SCALE = real("labor.logitScale", "per log-yuan", 0, 50, 4,
            "Sharpness of the logit job choice (higher = closer to income maximisation).", "assumption");
    public static final Param HOME_ATTACHMENT = real("labor.homeAttachment", "log points", 0, 5, 0.4,
            "Utility cost of living away from the household (dormitory or migration).", "000 §3.1; 004 part 3 §4");
    public static final Param INLAND_ATTACHMENT = real("labor.inlandAttachment", "log points", 0, 5, 0.5,
            "Extra utility cost of a job outside Xinjiang.", "assumption");
    public static final Param OTHER_TOWNS = bool("labor.otherTowns", true,
            "Whether seekers also look for dormitory jobs in other belt towns, beyond their own county town (false "
                    + "confines each county's labour to its own town, as the theory command's limiting settings do).",
            "assumption");
    public static final Param RECONSIDER_RATE = real("labor.reconsiderRate", "per month", 0, 1, 0.1,
            "Chance a month that a seeker waiting in a belt town weighs going home again; otherwise they apply there "
                    + "again.", "assumption");
    public static final Param BELIEF_WEIGHT = real("labor.beliefWeight", "", 0, 1, 0.3,
            "Weight of the latest observed hire rate when a village's peers, or a seeker waiting in town, revise the "
                    + "hire chance they believe in (adaptive expectations).", "assumption");
    public static final Param RESERVATION_DECAY = real("labor.reservationDecay", "share per failed search", 0, 1, 0.1,
            "Fall of the reservation wage after an unsuccessful search.", "Dawid et al. JEDC 2014");
    public static final Param COMMUTE_COST_PER_KM = real("labor.commuteCostPerKm", "yuan/km", 0, 10, 0.3,
            "Money and time cost of one km of daily commuting (one way), on a road of quality 1.", "assumption");
    public static final Param MAX_COMMUTE_KM = real("labor.maxCommuteKm", "km", 0, 300, 35,
            "Longest daily commute; beyond it a town job means living in a dormitory.", "assumption");
    public static final Param DORMITORY_COST = real("labor.dormitoryCost", "yuan/month", 0, 5000, 350,
            "Living cost of a dormitory place in a town.", "003 ~2150");
    public static final Param CARE_RADIUS_KM = real("labor.careRadiusKm", "km", 0, 100, 5,
            "A person with care duties takes only jobs within this road distance of home.", "004 part 4; 003 ~2861");
    public static final Param CARE_SHARE_WOMEN = real("labor.careShareWomen", "share", 0, 1, 0.55,
            "Share of women aged 20-59 in a household with a care need (a child under 15, a member aged 70+) who carry the duty while it is not covered by a care service.", "000 §3.1; 003 ~2861");
    public static final Param MANDARIN_INLAND = real("labor.mandarinInland", "proficiency 0-1", 0, 1, 0.5,
            "Mandarin needed for a job outside Xinjiang.", "assumption");
    public static final Param MANDARIN_XINJIANG = real("labor.mandarinXinjiang", "proficiency 0-1", 0, 1, 0.25,
            "Mandarin needed for a distant job inside Xinjiang.", "assumption");
    public static final Param QUIT_RATE = real("labor.quitRate", "per month", 0, 0.5, 0.012,
            "Quits from family shocks, independent of pay.", "assumption");
    public static final Param LOW_PAY_QUIT_RATE = real("labor.lowPayQuitRate", "per month", 0, 1, 0.6,
            "Chance that a village-workshop worker paid below the reservation wage they were hired at quits after the month's pay.",
            "calibrated; 003 ~1881: early enthusiasm, then quits from low skill, low efficiency and low pay");
    public static final Param CASUAL_HABIT_SHARE = real("labor.casualHabitShare", "share", 0, 1, 0.08,
            "Share of new local hires who quit after the first wage (casual-work habit).", "003 part 6 §1(3)");
    public static final Param FAMILY_RETURN_RATE = real("labor.familyReturnRate", "per month", 0, 1, 0.012,
            "Return hazard of a distant migrant from family events (illness, harvest, weddings, a birth), at any time away.",
            "assumption: the family-shock rate of local workers (labor.quitRate)");
    public static final Param HOMESICK_RETURN = real("labor.homesickReturn", "per month", 0, 0.5, 0.04,
            "Return hazard of a distant migrant from homesickness in the first month away; it fades with months away.",
            "003 ~1875 (fear of language and an unfamiliar life); return hazards fall with time away (Dustmann & Goerlach 2016, JEL 54(1))");
    public static final Param HOMESICK_MONTHS = real("labor.homesickMonths", "months", 1, 120, 12,
            "Months away over which homesickness fades by a factor e (the migrant gets used to food, language and discipline).",
            "assumption");
    public static final Param WAGE_FLOOR = real("labor.wageFloor", "yuan/month", 0, 5000, 1500,
            "Guaranteed base pay in local factories and workshops (2015 level).", "assumption: regional minimum wage");
    public static final Param SERVICES_WAGE = real("labor.servicesWage", "yuan/month", 0, 20000, 2600,
            "Reference pay of urban service and public-sector work in county towns (2015): the service wage while "
            + "service jobs per service worker are as in the first month (ODD 7.3.3).", "assumption");
    public static final Param WAGE_GROWTH = real("labor.wageGrowth", "per year", -0.1, 0.3, 0.06,
            "Nominal growth of wage floors and of distant-market wages.", "assumption");

    // ---- distant labour markets --------------------------------------------------------------
    public static final Param XJ_WAGE = real("market.xinjiangWage", "yuan/month", 0, 20000, 3000,
            "Wage of a distant job in north Xinjiang (2015).", "000 §2.1; 003 ~2289");
    public static final Param XPCC_WAGE = real("market.xpccWage", "yuan/month", 0, 20000, 2700,
            "Wage of a job on the XPCC regiments (2015).", "assumption");
    public static final Param INLAND_WAGE = real("market.inlandWage", "yuan/month", 0, 20000, 3800,
            "Wage of a job in an inland province (2015).", "003 ~2150");
    public static final Param XJ_DEMAND = real("market.xinjiangDemand", "real persons", 0, 5000000, 50000,
            "Belt workers that north Xinjiang employers want at the 2015 wage (open-market jobs; organised transfers fill arranged posts on top).",
            "derived: the former calibrated 1,500 jobs/month over the former 3 % monthly return");
    public static final Param XPCC_DEMAND = real("market.xpccDemand", "real persons", 0, 5000000, 27000,
            "Belt workers the XPCC regiments want at the 2015 wage (tripled in the cotton season Sep-Nov).",
            "derived: the former calibrated 800 jobs/month over the former 3 % monthly return");
    public static final Param INLAND_DEMAND = real("market.inlandDemand", "real persons", 0, 5000000, 27000,
            "Belt workers that inland employers want at the 2015 wage (open-market jobs).",
            "derived: the former calibrated 800 jobs/month over the former 3 % monthly return");
    public static final Param INITIAL_AWAY_SHARE = real("market.initialStockShare", "share of market.*Demand", 0, 1, 1,
            "Belt workers already working in each distant market in January 2015, as a share of what its employers want at the 2015 wage.",
            "derived: the demand parameters are steady-state stocks (monthly flows over the monthly return), so the markets start full");
    public static final Param DEMAND_ELASTICITY = real("market.demandElasticity", "elasticity", 0, 50, 5,
            "Elasticity of a distant market's demand for belt workers with respect to their wage (isoelastic curve).",
            "Card & Lemieux 2001 (QJE 116(2)): ~5 between groups of like workers; range 3.5 (Borjas 2003) to 20 (Ottaviano & Peri 2012)");
    public static final Param WAGE_ADJUSTMENT = real("market.wageAdjustment", "per month", 0, 1, 0.1,
            "Share of the gap (in logs) between a distant market's relative wage and its market-clearing level closed each month.",
            "assumption: migrant pay revised about yearly (gap halves in ~7 months)");
    public static final Param XJ_LIVING_COST = real("market.xinjiangLivingCost", "yuan/month", 0, 10000, 700,
            "Living and travel cost of a distant job in Xinjiang.", "assumption");
    public static final Param INLAND_LIVING_COST = real("market.inlandLivingCost", "yuan/month", 0, 10000, 1000,
            "Living and travel cost of a job in an inland province.", "assumption");
    public static final Param REMITTANCE_SHARE = real("market.remittanceShare", "share", 0, 1, 0.7,
            "Share of a migrant's net pay sent home.", "assumption");

    // ---- firms -------------------------------------------------------------------------------
    public static final Param CANDIDATES_PER_MONTH = real("firm.candidatesPerMonth", "firms/month", 0, 500, 30,
            "Eastern firms weighing a move to the belt each month (at 2015 eastern wages).", "calibrated; 001 part 1 §2");
    public static final Param LOCAL_ENTRY_PER_MONTH = real("firm.localEntryPerMonth", "firms/month", 0, 200, 2,
            "Local firms founded each month in the belt (mostly agro-processing and crafts).", "002 part 1 (4)");
    public static final Param HISTORY_MONTHS = integer("firm.historyMonths", "months", 0, 120, 36,
            "Months of firm entry before January 2015 that the initial economy replays with the model's own relocation and founding rules (at the eastern labour costs of those months); its park firms are those that came and found room. 0 starts from empty parks.",
            "assumption: three years (2012-2014); the sources count park firms only from 2017 (001 part 1 §2) and give no stock for 2014");
    public static final Param EAST_WAGE_GROWTH = real("firm.eastWageGrowth", "per year", -0.1, 0.3, 0.07,
            "Growth of eastern labour costs, which pushes firms to relocate.", "assumption");
    public static final Param SIZE_FACTOR = real("firm.sizeFactor", "x industry median", 0.05, 20, 1,
            "Belt-wide multiplier of every industry's median planned workforce (agents.Industry medianWorkers).",
            "assumption: 1 keeps the industry medians of ODD 7.4");
    public static final Param SIZE_DISPERSION = real("firm.sizeDispersion", "log sd", 0, 3, 0.8,
            "Log standard deviation of planned workforce.", "assumption");
    public static final Param NEW_WORKER_PRODUCTIVITY = real("firm.newWorkerProductivity", "share of eastern", 0.01, 1, 0.2,
            "Output of a new local worker relative to an experienced eastern worker.", "001 part 2 §3: inland >5x");
    public static final Param MAX_LOCAL_PRODUCTIVITY = real("firm.maxLocalProductivity", "share of eastern", 0.05, 1.5, 0.8,
            "Productivity a local worker approaches with tenure.", "004 part 3 §4: 60% of non-poor areas");
    public static final Param LEARNING_MONTHS = real("firm.learningMonths", "months", 0.5, 120, 10,
            "Time constant of learning by doing.", "003 ~2141: output doubled with on-job training");
    public static final Param PIECE_RATE_SHARE = real("firm.pieceRateShare", "share of value added", 0, 1, 0.55,
            "Piece rate as a share of value added: an eastern-productivity worker earns this share.", "assumption");
    public static final Param SPACE_PER_WORKER = real("firm.spacePerWorker", "m2", 1, 200, 18,
            "Factory floor per worker.", "001 part 1 §2: 215,000 m2 for ~11,500 jobs");
    public static final Param DEDICATED_PARK_PULL = real("firm.dedicatedParkPull", "logit utility", 0, 10, 3,
            "Extra pull of a dedicated park with space left on firms of its industry (targeted investment promotion, ready buildings, suppliers).",
            "calibrated; 000 §3.1; 001 part 1 §2");
    public static final Param RENT_PER_M2 = real("firm.rentPerM2", "yuan/m2/month", 0, 100, 8,
            "Rent of park factory space when not waived.", "assumption");
    public static final Param LOGISTICS_SHARE = real("firm.logisticsShare", "share of value added", 0, 1, 0.26,
            "Freight cost of a fully export-oriented firm 1,500 km from Urumqi, at logistics factor 1.", "004 part 3 §2");
    public static final Param LOCAL_INPUT_SAVING = real("firm.localInputSaving", "share of freight", 0, 1, 0.5,
            "Freight saved by textile, garment and agro-processing firms where their raw material is grown "
                    + "(scaled by the prefecture's raw-material base).", "000 §2.2; 002 part 1 (4); assumption for the size");
    public static final Param OVERHEAD_SHARE = real("firm.overheadShare", "share of value added at capacity", 0, 1, 0.09,
            "Fixed overhead (managers sent from the east, dormitories, equipment) per unit of capacity.",
            "calibrated; 001 part 2 §3");
    public static final Param PRODUCTIVITY_DISPERSION = real("firm.productivityDispersion", "log sd", 0, 1, 0.2,
            "Spread of firms' productivity ceilings (management, equipment, product).", "assumption");
    public static final Param START_CASH_MONTHS = real("firm.startCashMonths", "months of costs", 0, 60, 8,
            "Cash a new firm brings, in months of its planned costs.", "assumption");
    public static final Param PATIENCE_MONTHS = integer("firm.patienceMonths", "months", 1, 60, 9,
            "Consecutive loss-making months after which a firm without subsidy closes or leaves.", "assumption");
    public static final Param AGGLOMERATION = real("firm.agglomeration", "utility per log firm", 0, 5, 0.35,
            "Pull of same-industry firms already in a town on a relocating firm.", "Yang & Ettema JASSS 2012");
    public static final Param LOCATION_LOGIT_SCALE = real("firm.locationLogitScale", "per profit margin", 0, 100, 8,
            "Sharpness of the relocating firm's town choice.", "assumption");
    public static final Param STAY_EAST_MARGIN = real("firm.stayEastMargin", "profit margin", -1, 1, 0.08,
            "Margin a firm earns by staying east in 2015; falls as eastern wages rise.", "calibrated");
    public static final Param PAIRING_BONUS = real("firm.pairingBonus", "utility", 0, 5, 1.2,
            "Extra pull of a town paired with the firm's home province under counterpart support.", "001 part 1");
    public static final Param ORDER_VOLATILITY = real("firm.orderVolatility", "sd per month", 0, 1, 0.06,
            "Month-to-month noise in a firm's orders.", "assumption");

    // ---- policy ------------------------------------------------------------------------------
    public static final Param COUNTERPART_AID = real("policy.counterpartAid", "intensity", 0, 3, 1,
            "Counterpart industrial aid (1 = historical): park building and the pairing pull scale with it.", "003 ~1255");
    public static final Param INITIAL_PARK_SPACE = real("policy.initialParkSpace", "m2/100,000 residents", 0, 1000000,
            6600, "Factory space per 100,000 residents in each county town in 2015.", "assumption");
    public static final Param INITIAL_TOWN_HEARSAY = real("labor.initialTownHearsay", "probability", 0, 1, 0.05,
            "Hire chance the belt says a town's park gives in January 2015, where the park had firms before 2015 (a place nobody has seen starts at 0.5).",
            "assumption: the order of the hire chance at park gates in the model's 2016-2019 (hire_rate_realised 0.04-0.07 at 1:100); the parks of 2014 were full, so few applicants got in");
    public static final Param PARK_COST_PER_M2 = real("policy.parkCostPerM2", "yuan/m2", 0, 10000, 1209,
            "Cost of building standard factory space.", "001 part 1 §2: 260 M yuan for 215,000 m2");
    // park space supplied in response to demand and budgets (policy.ParkBuilding, policy.AidBudgets)
    public static final Param AID_PARK_BUDGET = real("policy.aidParkBudget", "yuan/month", 0, 1e10, 62e6,
            "Counterpart aid for factory space reaching the belt each month at aid intensity 1, all ten provinces "
                    + "together; each province's part in proportion to the population of its paired counties.",
            "003 ~1255: 6.996 bn yuan to the deep-poverty counties since 2018 = 60% of the ten provinces' aid, "
                    + "so ~11.7 bn over 2018-20 (36 months at intensity 1.3) = ~249 M/month at intensity 1; "
                    + "assumption: a quarter of it for factory space");
    public static final Param DEEP_POVERTY_AID_SHARE = real("policy.deepPovertyAidShare", "share", 0, 1, 0,
            "Share of each province's aid reserved for its paired deep-poverty counties (policy.DeepPovertyCounties).",
            "003 ~1255: 60% of the ten provinces' aid went to the deep-poverty counties from 2018; none reserved before (assumption)");
    public static final Param HOTAN_PARK_FUND = real("policy.hotanParkFund", "yuan/month", 0, 1e10, 0,
            "Hotan prefecture's own fund for factory space in its county towns.",
            "003 ~2000: 1.5 bn yuan over 7 years from 2019 for park infrastructure, factory buildings, equipment "
                    + "and dormitories; the baseline takes 1.3 bn of it as factory space (1.3 bn / 84 months)");
    public static final Param PARK_BUILD_LIMIT = real("policy.parkBuildLimit", "m2/100,000 residents/month", 0, 1e7, 3000,
            "Most factory space a county can build in a month per 100,000 residents (urban land, planning, contractors scale with the county).",
            "assumption, above the sources' fastest rates: Tianjin ~2,000 (215,000 m2 in 2017-18 in three counties of 457,000 people, "
                    + "001 part 1 §2), Beijing ~1,050 (~220,000 m2 in 2018 in its Hotan units, 003 ~1933)");
    public static final Param OFF_TRUNK_BUILD_MARKUP = real("policy.offTrunkBuildMarkup", "multiplier", 1, 5, 1.2,
            "Building cost per m2 in a town off the trunk roads relative to one on them (materials hauled further).",
            "assumption: as the freight markup off the trunk roads (FirmEconomics)");
    public static final Param BUILD_AHEAD = real("policy.buildAhead", "multiplier", 0, 10, 1,
            "Space built per m2 of unmet demand on record (1 = what the turned-away firms asked for; more = ahead of demand).",
            "assumption");
    public static final Param AID_ALLOCATION = choice("policy.aidAllocation", List.of("where-turned-away", "every-county", "hubs"), 0,
            "How each funder divides its pot for factory space among its towns: on the space its turned-away firms asked for; "
                    + "in equal parts to every town (each county a small park); or in equal parts to its policy.aidHubs most populous towns "
                    + "(the last two build ahead of demand).",
            "001 part 2: aid money 'sprinkled like pepper' over counties without regard to chains, so clustering stays weak; "
                    + "where-turned-away is the model's baseline rule (assumption)");
    public static final Param AID_HUBS = integer("policy.aidHubs", "towns per pot", 1, 10, 1,
            "Under policy.aidAllocation = hubs, how many of a funder's towns share each of its pots (its most populous ones; "
                    + "the deep-poverty pot among its deep-poverty towns).",
            "assumption: one hub park per pot, a few parks for the belt (12 of 36 towns)");
    public static final Param APPLICATION_LAPSE_MONTHS = real("policy.applicationLapseMonths", "months", 1, 600, 12,
            "Mean months a turned-away firm's request stays on the town's record before it lapses.", "assumption");
    public static final Param IDLE_SPACE_COST = real("policy.idleSpaceCost", "yuan/m2/month", 0, 100, 1,
            "Upkeep of park factory space nobody uses (guards, repairs, heating, loan interest), paid by the county.",
            "assumption: an eighth of firm.rentPerM2");
    public static final Param SUBSIDY_MONTHS = integer("policy.subsidyMonths", "months", 0, 360, 36,
            "How long a new firm's subsidies last.", "004 part 3 §5: usually 3 years");
    public static final Param SUBSIDY_TAPER_MONTHS = integer("policy.subsidyTaperMonths", "months", 0, 240, 0,
            "Linear phase-out after the subsidy period (0 = cliff).", "design");
    public static final Param WAGE_SUBSIDY = real("policy.wageSubsidy", "share of wage bill", 0, 1, 0.25,
            "Share of a subsidised firm's wage bill paid by government.", "001 part 1; 003 ~2000");
    public static final Param LOGISTICS_SUBSIDY = real("policy.logisticsSubsidy", "share of freight", 0, 1, 0.5,
            "Share of a subsidised firm's freight paid by government.", "004 part 3 §2");
    public static final Param RENT_FREE = bool("policy.rentFree", true,
            "Subsidised firms use park space rent-free.", "003 ~2000");
    public static final Param TRAINING_SEATS = real("policy.trainingSeats", "per 10,000 rural/month", 0, 500, 10,
            "Vocational and language training places opened each month.", "003 ~1586: 128,500 trainings in 2019");
    public static final Param TRAINING_COST = real("policy.trainingCost", "yuan/trainee", 0, 50000, 3000,
            "Public cost of one training place.", "assumption");
    public static final Param TRAINING_PRODUCTIVITY = real("policy.trainingProductivity", "share of eastern", 0, 1, 0.12,
            "Gain in starting productivity from training.", "003 ~777: +300-400 yuan/month");
    public static final Param TRAINING_MANDARIN = real("policy.trainingMandarin", "proficiency", 0, 1, 0.25,
            "Gain in Mandarin proficiency from training.", "003 ~1586");
    public static final Param TRAINING_MONTHS = integer("policy.trainingMonths", "months", 0, 24, 3,
            "Length of a training course; trainees keep farming but do not search for a job, and gain skill and Mandarin only at the end (0 = at once).",
            "assumption: short vocational and Mandarin courses; 003 ~1883 (a one-month course in a workshop)");
    public static final Param TRAINING_TAKE_UP = real("policy.trainingTakeUp", "share", 0, 1, 0.8,
            "Chance that a person offered a training place accepts it (the others see it as a formality or fear it is too hard).",
            "assumption; 003 ~2776-2778 (some refuse)");
    public static final Param TRAINING_PASS = real("policy.trainingPass", "share", 0, 1, 0.9,
            "Chance that a trainee with the Mandarin of labor.mandarinXinjiang or more completes the course.", "assumption");
    public static final Param TRAINING_PASS_LOW_MANDARIN = real("policy.trainingPassLowMandarin", "share", 0, 1, 0.5,
            "Chance that a trainee with less Mandarin than labor.mandarinXinjiang completes the course (cannot follow it).",
            "assumption; 003 ~2778");
    public static final Param ORDER_TRAINING_SHARE = real("policy.orderTrainingShare", "share of places", 0, 1, 0.3,
            "Share of training places that are order-based: run with a firm with open posts that hires its graduates directly.",
            "assumption; 000 ~88, 001 ~124, 003 ~2141 (order-based training, 'training equals a job')");
    public static final Param FIRM_TRAINER_QUIT_CUT = real("labor.firmTrainerQuitCut", "share", 0, 1, 0.8,
            "Cut in low-pay quits among trained workers of a firm that has run order-based training with its own trainers.",
            "003 ~1881-1883: a firm's trainers for one month, then no more quits (one workshop)");
    public static final Param KINDERGARTEN_COVERAGE = real("policy.kindergartenCoverage", "coverage 0-1", 0, 1, 0,
            "Share of households whose pre-school children (under 6) have a kindergarten or nursery place, releasing that care duty.",
            "003 ~1622 (97.66 % pre-school enrolment 2019), ~2277; levers default off");
    public static final Param BOARDING_COVERAGE = real("policy.boardingCoverage", "coverage 0-1", 0, 1, 0,
            "Share of households whose school-age children (6-14) board at school, releasing that care duty.",
            "003 ~2277, ~3209 (boarding schools)");
    public static final Param ELDER_CARE_COVERAGE = real("policy.elderCareCoverage", "coverage 0-1", 0, 1, 0,
            "Share of households whose elderly members (70+) have an elder-care place, releasing that care duty.",
            "003 ~2435-2437, ~2825 (town elder homes)");
    public static final Param WORKSHOPS_PER_MONTH = real("policy.workshopsPerMonth", "workshops/month", 0, 500, 25,
            "Village workshops (poverty-alleviation workshops) built per month belt-wide.", "003 ~2005; 003 ~2143");
    public static final Param WORKSHOP_COST = real("policy.workshopCost", "yuan/workshop", 0, 1e8, 600000,
            "Public cost of building and equipping a village workshop (about 500 m2).", "assumption; 003 ~1881");
    public static final Param WORKSHOP_SIZE = real("policy.workshopSize", "real workers", 5, 1000, 70,
            "Planned workforce of a village workshop.", "003 ~1881: room for 150, 93 employees");
    public static final Param SATELLITES = bool("policy.satellites", true,
            "Park firms may open satellite workshops in nearby villages (HQ + satellite model).", "003 ~1595; 004 part 4");
    public static final Param SATELLITE_RADIUS_KM = real("policy.satelliteRadiusKm", "km", 0, 200, 40,
            "Furthest village a park firm's satellite workshop reaches.", "003 ~1595");
    public static final Param TRANSFER_QUOTA = real("policy.transferQuota", "real persons/month", 0, 100000, 0,
            "Organised transfer to distant jobs per month.", "003 ~1586: 100,000 over 2018-2020");
    public static final Param TRANSFER_COST = real("policy.transferCost", "yuan/worker", 0, 50000, 2000,
            "Public cost of organising, training and escorting one transferred worker.", "assumption; 003 ~2150");
    public static final Param ESCORT_COST_CUT = real("policy.escortCostCut", "share", 0, 1, 0.5,
            "Cut in living cost and home attachment for organised, escorted transfer.", "003 ~2150");
    public static final Param LOGISTICS_FACTOR = real("policy.logisticsFactor", "multiplier", 0, 3, 1,
            "Freight cost multiplier (roads, rail and logistics hubs lower it).", "004 part 3 §2");
    public static final Param ROAD_GAIN = real("policy.roadGain", "quality per year", 0, 1, 0.03,
            "Yearly improvement of village road quality.", "000 §2.1");
    public static final Param ECO_POSTS = real("policy.ecoPosts", "per 1,000 rural", 0, 200, 0,
            "Ecological and public-welfare posts (forest rangers etc.) held by poor households.", "003 part 4 §5: 0.40 M");
    public static final Param ECO_POST_PAY = real("policy.ecoPostPay", "yuan/month", 0, 5000, 800,
            "Pay of an ecological post.", "assumption: 10,000 yuan/year");
    public static final Param SOCIAL_FLOOR = real("policy.socialFloor", "coverage 0-1", 0, 1, 0,
            "Coverage of the minimum-living top-up for households below the line without able workers.", "003 part 4 §5: 0.70 M");
    public static final Param FLOOR_WORKING_POOR = real("policy.floorWorkingPoor", "coverage 0-1", 0, 1, 0,
            "Coverage of the minimum-living top-up for below-line households that do have a wage earner (the final push: no registered household left below the line).",
            "003 ~2005 (all out of poverty by end-2020); 003 part 4 §5");
    public static final Param POOR_PRIORITY = real("policy.poorPriority", "share", 0, 1, 0.6,
            "Share of workshop places, training seats and organised transfer reserved for registered-poor households.", "003 ~2145");
    public static final Param MOBILISATION = real("policy.mobilisation", "multiplier", 1, 20, 1,
            "Search-rate multiplier for adults of registered-poor households (cadres' door-to-door mobilisation).",
            "003 ~2145: 1.5 employed per poor household with work capacity");
    public static final Param DIVIDEND = real("policy.dividend", "yuan/poor household/year", 0, 20000, 0,
            "Asset-income dividends to registered-poor households.", "003 ~2060-2110");
    // ---- withdrawal of support after the transition period (model.Withdrawal; ODD 7.8.10) --------------
    // Per group: the calendar year whose January starts the withdrawal (2065 = never: past the last month a
    // run can reach), the months over which the group's instruments fall linearly (0 or 1 = at once), and
    // the share of their level kept afterwards.
    public static final Param GUARANTEE_WITHDRAWAL_YEAR = withdrawalYear("guarantee",
            "the minimum-living top-ups of households without a wage earner (policy.socialFloor: the rural minimum-living guarantee)");
    public static final Param GUARANTEE_PHASE_OUT = phaseOut("guarantee");
    public static final Param GUARANTEE_KEPT = kept("guarantee");
    public static final Param WORKING_POOR_WITHDRAWAL_YEAR = withdrawalYear("workingPoor",
            "the minimum-living top-ups of households with a wage earner (policy.floorWorkingPoor: the final push of 2019-20)");
    public static final Param WORKING_POOR_PHASE_OUT = phaseOut("workingPoor");
    public static final Param WORKING_POOR_KEPT = kept("workingPoor");
    public static final Param SUPPORT_WITHDRAWAL_YEAR = withdrawalYear("support",
            "job and production support: organised transfer (policy.transferQuota), training seats (policy.trainingSeats) "
                    + "and the farm programmes' reach (policy.orchardHouseholds, policy.farmTrainingHouseholds, "
                    + "policy.greenhouses, policy.courtyardHouseholds)");
    public static final Param SUPPORT_PHASE_OUT = phaseOut("support");
    public static final Param SUPPORT_KEPT = kept("support");
    public static final Param WORKSHOP_WITHDRAWAL_YEAR = withdrawalYear("workshop",
            "workshop building (policy.workshopsPerMonth)");
    public static final Param WORKSHOP_PHASE_OUT = phaseOut("workshop");
    public static final Param WORKSHOP_KEPT = kept("workshop");
    public static final Param AID_WITHDRAWAL_YEAR = withdrawalYear("aid",
            "counterpart aid (policy.counterpartAid: aid-built park space, firms weighing a move, the pairing pull)");
    public static final Param AID_PHASE_OUT = phaseOut("aid");
    public static final Param AID_KEPT = kept("aid");
    public static final Param POSTS_WITHDRAWAL_YEAR = withdrawalYear("posts",
            "ecological and public-welfare posts (policy.ecoPosts)");
    public static final Param POSTS_PHASE_OUT = phaseOut("posts");
    public static final Param POSTS_KEPT = kept("posts");
    // ---- poverty-alleviation relocation and its follow-up (policy.Resettlement; ODD 7.8.3) -----------
    public static final Param RELOCATION_PERSONS = real("policy.relocationPersons", "real persons/year", 0, 1e7, 0,
            "Persons relocated a year from the most remote poor villages to sites next to their county town.",
            "003 ~1544 (plan: 14,934 in 2016, 62,918 in 2017); 003 ~1580 (139,500 relocated 2016-2020); pace: baseline.toml");
    public static final Param RELOCATION_COST = real("policy.relocationCost", "yuan/person", 0, 1e6, 47500,
            "Public cost of relocating one person (housing, site infrastructure, the move).",
            "003 ~2465-2483 (Harakuli: 122.1 M yuan for 725 households, 2,570 persons)");
    public static final Param SITE_FACTORIES = real("policy.siteFactories", "real workshops per 10,000 relocated", 0, 100, 1,
            "Follow-up: satellite factories built at the relocation sites, per 10,000 persons relocated.",
            "003 ~1580 (14 satellite factories at the sites of 139,500 relocated)");
    public static final Param SITE_GREENHOUSES = real("policy.siteGreenhouses", "greenhouses per relocated household", 0, 1, 0.0144,
            "Follow-up: greenhouses built at the sites, per relocated household (each household at most one).",
            "003 ~1580 (507 greenhouses for 35,200 relocated households)");
    public static final Param SITE_LAND = real("policy.siteLand", "mu/relocated household", 0, 50, 5.5,
            "Follow-up: land reallocated at the site to each relocated household: farmed at the average net income per mu "
                    + "(farm.netIncomePerMu), or leased out at policy.landRent if no member farms.",
            "003 ~2477 (Harakuli site: 1,500 mu at 5.5 mu a household)");
    public static final Param SITE_SCHOOLS = real("policy.siteSchools", "coverage 0-1", 0, 1, 1,
            "Follow-up: share of relocated households whose pre-school and school-age children the site's kindergarten "
                    + "and boarding school take in (releases their care duties).",
            "003 ~1580 (schools and kindergartens built at the sites); 003 ~2277 (Luopu: 12 schools for 4 sites)");
    public static final Param LAND_TRANSFER_SHARE = real("policy.landTransferShare", "share of land", 0, 1, 0,
            "Share of a rural household's farmland leased to its village's cooperative or to firms.", "002 part 1 (3)");
    public static final Param LAND_RENT = real("policy.landRent", "yuan/mu/year", 0, 3000, 500,
            "Rent the cooperative or firm pays per leased mu (2015 prices, moves with the farm-price index).",
            "assumption (the sources give no rent): below what scale farming nets per mu before rent at the defaults, 900 x 1.2 - 12 x 1500 / 40 = 630");
    public static final Param COOP_LAND_SHARE = real("land.cooperativeShare", "share of leased land", 0, 1, 0.5,
            "Share of a village's leased land farmed by its cooperative (profit paid to the members as dividends); the rest by agribusiness firms and large growers (profit leaves the village).",
            "assumption: 002 part 1 (3) and 001 269-273 name cooperatives, large growers and firms as takers without shares");
    public static final Param SCALE_GAIN = real("land.scaleGain", "share", 0, 2, 0.2,
            "Net output per mu of scale farming above a smallholder's (levelled land, drip irrigation, standard practice).",
            "assumption: 002 part 1 (3) (Awati: land productivity and returns rise markedly with transfer), no figure given");
    public static final Param MU_PER_HIRED_WORKER = real("land.muPerHiredWorker", "mu", 1, 500, 40,
            "Leased land per worker the cooperative or firm hires (mechanised field work; the smallholder figure is farm.muPerWorker).",
            "assumption: mechanised scale farming needs a fraction of smallholder labour per mu");
    public static final Param MICRO_CREDIT_RATE = real("policy.microCredit", "share per year", 0, 1, 0,
            "Share of eligible households on the poverty register (no loan outstanding, none written off, an adult at home) that take a poverty micro-loan each year.",
            "003 ~2164 and ~1819: Luopu lent to about 12,000 of its 31,587 registered households in 2020 (0.38)");
    public static final Param MICRO_CREDIT_AMOUNT = real("policy.microCreditAmount", "yuan", 0, 50000, 29000,
            "Poverty micro-loan to a household, free of collateral, interest paid by the government.",
            "003 ~2164: at most 50,000; 350 M yuan to about 12,000 households");
    public static final Param MICRO_CREDIT_MONTHS = integer("policy.microCreditMonths", "months", 1, 120, 36,
            "Term of a micro-loan, repaid in equal monthly instalments.", "003 ~2164: three years");
    public static final Param CREDIT_ASSET_RETURN = real("credit.assetReturn", "per year", 0, 2, 0.4,
            "Net yearly income of the livestock or greenhouse a micro-loan buys, per yuan lent.",
            "003 ~2168-2170: greenhouse over 20,000/yr on 50,000; cattle 12,000 in 6 months on 30,000 (reported successes, so the lower)");
    public static final Param CREDIT_ASSET_LOSS = real("credit.assetLossRate", "per year", 0, 1, 0.1,
            "Chance a year that the financed asset is lost (animal disease, a failed crop, a price collapse).",
            "assumption");
    public static final Param CREDIT_ASSET_MONTHS = integer("credit.assetMonths", "months", 1, 240, 60,
            "Months the financed asset earns before it is used up (herd and greenhouse renewal).", "assumption");
    public static final Param CREDIT_DEFAULT_MONTHS = integer("credit.defaultMonths", "months", 1, 36, 6,
            "Consecutive missed instalments after which a loan is written off (the risk-compensation fund pays).",
            "assumption (004 ~1160 names credit risk-compensation funds)");
    public static final Param UPGRADING = real("policy.upgrading", "share", 0, 1, 0,
            "Industrial upgrading: firms opening from then on have equipment that raises every worker's output by this share "
                    + "(the same orders need fewer workers), at a capital cost and, with policy.upgradingSkills, only skilled hires.",
            "004 part 5 §4 (upgrading, brands); 004 part 3 §4 (productivity of poor areas about 60% of others')");
    public static final Param UPGRADING_CAPITAL = real("policy.upgradingCapital", "yuan/worker place per unit of upgrading", 0, 1e7, 200000,
            "Equipment an upgrading firm buys per real worker place, per unit of policy.upgrading (0.3: 60,000 yuan a place), "
                    + "written off over ten years at the firm's loan rate.",
            "assumption: automated sewing and processing lines of a few tens of thousands of yuan a place; the sources give no figure");
    public static final Param UPGRADING_SKILLS = bool("policy.upgradingSkills", true,
            "Firms opening under upgrading hire only workers who have been trained or have a skill.",
            "004 part 5 §4 (product upgrading); 003 ~2141 (a job and technical know-how as the two preconditions of work)");

    // ---- exogenous shocks --------------------------------------------------------------------
    public static final Param EXPORT_DEMAND = real("shock.exportDemand", "multiplier", 0, 2, 1,
            "Export orders relative to normal (0.75 = the -25% of 2022).", "004 part 3 §6");
    public static final Param SANCTIONS = real("shock.sanctions", "share of orders lost", 0, 1, 0,
            "Orders lost by cotton, textile and garment firms to sanctions.", "004 part 3 §6");
    public static final Param STOPPAGE = bool("shock.stoppage", false,
            "Pandemic stoppage: parks and distant jobs halt while true.", "assumption");
    public static final Param SANCTIONS_BREADTH = real("shock.sanctionsBreadth", "share", 0, 1, 0,
            "Reach of the sanctions beyond cotton: industries not exposed to cotton lose this share of shock.sanctions "
            + "of their orders from outside the belt (1 = all Xinjiang products).",
            "004 part 3 §6 (widening from cotton to all Xinjiang products); 0 until then");
    public static final Param CONSUMPTION_AID = real("shock.consumptionAid", "2015 yuan/resident/year", 0, 10000, 0,
            "Consumption aid: value added each counterpart province buys a year from the agro-processing and craft firms "
            + "of its paired towns, per resident of those towns (ODD 7.3.5).",
            "001 part 1 §1 (Tianjin, 2019: over 200 M yuan of Hotan products); 003 ~1989; per resident and value-added share assumption");
    public static final Param ECOMMERCE = real("shock.ecommerce", "share of freight", 0, 1, 0,
            "E-commerce: cut in the freight and market-access cost of village workshops and of agro-processing and "
            + "craft firms, which sell online (ODD 7.3.5).",
            "003 ~2211-2266 (village service points, live-stream selling); size assumption");
    public static final Param RIVAL_PULL = real("shock.rivalPull", "weight", 0, 10000, 0,
            "Weight of Southeast Asia as a destination for relocating firms, against staying east at equal margins "
            + "(0 = no rival destination; ODD 7.4.2).", "004 part 1 (~195); size assumption");
    public static final Param RIVAL_WAGE_GROWTH = real("shock.rivalWageGrowth", "share of eastern growth", 0, 2, 0.5,
            "Growth of the rival destination's wages since 2015 as a share of eastern China's.",
            "assumption: wages there rise, but more slowly than in eastern China");
    public static final Param JUJUBE_PRICE = real("shock.jujubePrice", "multiplier", 0, 3, 1,
            "Jujube price relative to its path (0.6 = a 40% slump).", "003 ~2183 (jujube price fall), ~2601 ('bumper harvest without income')");
    public static final Param FRUIT_PRICE = real("shock.fruitPrice", "multiplier", 0, 3, 1,
            "Price of other fruit and nuts (walnut, apple, grape ...) relative to its path.", "003 ~2601");
    public static final Param COTTON_PRICE = real("shock.cottonPrice", "multiplier", 0, 3, 1,
            "Cotton price relative to its path.", "004 part 3 §6 (sanctions on Xinjiang cotton); size for scenarios");

    // ---- households and poverty --------------------------------------------------------------
    public static final Param POVERTY_LINE = real("poverty.line", "yuan/person/year", 0, 20000, 2855,
            "Poverty line in 2015 (2,300 yuan at 2010 prices): who is registered poor and what subsistence costs; "
                    + "incomes are seeded from the sources' shares below 2,855 whatever the line (ODD 5.5).", "003 part 4 §2");
    public static final Param POVERTY_LINE_GROWTH = real("poverty.lineGrowth", "per year", 0, 0.3, 0.06,
            "Yearly indexation of the line (about 4,000 yuan by the end of 2020).", "calibrated: 2,855 (2015) to 4,000 (2020)");
    public static final Param RISK_MARGIN = real("poverty.riskMargin", "share of line", 0, 5, 0.5,
            "Exited and marginal households whose own income is below (1+margin) x line qualify for monitoring as at risk.", "003 part 4");
    public static final Param RELATIVE_REFERENCE = choice("poverty.relativeReference", List.of("national", "belt"), 0,
            "Whose median income the relative poverty line is 40 % of (ODD 8.4): national, the published median "
                    + "income per person of China's rural residents (2015-2023, then grown at poverty.nationalMedianGrowth); "
                    + "belt, the median of the belt's own rural persons that month.",
            "issue 14 item 4; national figures: NBS statistical communiques 2015-2023");
    public static final Param NATIONAL_MEDIAN_GROWTH = real("poverty.nationalMedianGrowth", "per year", -0.1, 0.3, 0.078,
            "Yearly growth of the national rural median income after 2023 (the last published year).",
            "NBS: 10,291 yuan (2015) to 18,748 (2023), 7.8 % a year");
    // shocks as hazards (ODD 7.7.7)
    public static final Param ILLNESS_RATE = real("health.illnessRate", "per person per year", 0, 1, 0.01,
            "Chance that a rural person falls seriously ill in a year (a hospital stay, and months unable to work).",
            "assumption; 003 ~972: 10.3 % of rural residents of the poor regions seriously or chronically ill (2011); "
                    + "003 ~1636: 149,000 illness-driven poor in Xinjiang in August 2019");
    public static final Param ILLNESS_COST = real("health.illnessCost", "yuan (2015, grows with the wage index)", 0, 200000,
            15000, "Medical cost of a serious illness before insurance.", "assumption");
    public static final Param ILLNESS_MONTHS = integer("health.illnessMonths", "months", 0, 36, 3,
            "Months a seriously ill person cannot work, farm, search or train.", "assumption");
    public static final Param HEALTH_INSURANCE = real("policy.healthInsurance", "share of medical cost", 0, 1, 0.5,
            "Share of a rural household's medical cost the basic health insurance pays.",
            "003 ~1058: hospital costs of the poor reimbursed at 50 % before the campaign");
    public static final Param MEDICAL_ASSISTANCE = real("policy.medicalAssistance", "share of the rest", 0, 1, 0,
            "Share of what insurance leaves that medical assistance (and serious-illness insurance) pays for "
                    + "registered-poor households.",
            "003 ~1058: 80 % reimbursed in the end, i.e. 0.6 of what 50 % insurance leaves; 003 ~1636: the 15 "
                    + "serious diseases treated for every poor patient in Xinjiang from 2018");
    public static final Param DISASTER_RATE = real("household.disasterRate", "per village per year", 0, 1, 0.05,
            "Chance that a natural disaster (hail, flash flood) hits a rural village's harvest in a year.",
            "assumption; 003 ~1402: flash floods and hail frequent, returns to poverty from disaster and illness; "
                    + "003 ~972: 10.5 % of villages of the poor regions had floods");
    public static final Param DISASTER_LOSS = real("household.disasterLoss", "share of a year's farm income", 0, 1, 0.3,
            "What a disaster destroys of each hit household's year of farm income.", "assumption");
    // policy agricultural insurance against disasters (ODD 7.7.7)
    public static final Param CROP_INSURANCE = real("policy.cropInsurance", "share of households", 0, 1, 0.5,
            "Share of the farming households not on the poverty record whose harvest is insured against natural "
                    + "disasters (policy agricultural insurance); the same households every year.",
            "assumption: the sources give no take-up for the belt's smallholders");
    public static final Param CROP_INSURANCE_POOR = real("policy.cropInsurancePoor", "share of households", 0, 1, 0.5,
            "Share of the farming households on the poverty record (registered since 2015) whose harvest is insured.",
            "assumption (as the others); baseline from 2017: insurance for the registered poor, their premium paid "
                    + "by others (003 ~2187-2193: 490 of 723 insured households in Luopu registered poor)");
    public static final Param CROP_INSURANCE_COVER = real("policy.cropInsuranceCover", "share of the loss", 0, 1, 0.4,
            "Share of a disaster's harvest loss the insurance pays an insured household (the insured sum as a share "
                    + "of the harvest's value).",
            "assumption: the basic policy cover insures the direct material costs of the crop, well below its value");
    public static final Param CROP_INSURANCE_PREMIUM = real("policy.cropInsurancePremium", "share of insured sum per year", 0, 1,
            0.045, "Yearly premium as a share of the insured sum (cover x a year's farm income).",
            "003 ~2187-2193: Luopu's jujube insurance, premium 1.5 M yuan for an insured sum of 33.58 M (4.5 %)");
    public static final Param CROP_INSURANCE_SUBSIDY = real("policy.cropInsuranceSubsidy", "share of premium", 0, 1, 0.75,
            "Share of the premium governments pay for a household not on the poverty record.",
            "assumption after the national premium-subsidy rules for planting insurance (central 40 % in the western "
                    + "regions, the province at least 25 %; the household the rest)");
    public static final Param CROP_INSURANCE_SUBSIDY_POOR = real("policy.cropInsuranceSubsidyPoor", "share of premium", 0, 1, 1,
            "Share of the premium governments and others pay for a household on the poverty record.",
            "003 ~2187-2193: Luopu's premium paid whole by the exchange, the county and the futures firm");
    public static final Param SAVINGS_RATE = real("household.savingsRate", "share", 0, 1, 0.1,
            "Share of income saved.", "assumption");
    // the "three guarantees" of the official exit test and their provision (ODD 7.7.3)
    public static final Param UNSAFE_HOUSING_REGISTERED = real("guarantee.unsafeHousingRegistered", "share", 0, 1, 0.5,
            "Share of the households registered poor in 2015 living in an unsafe house (the housing guarantee fails).",
            "assumption, bounded by 003 ~2903: the housing of 584,900 registered-poor households of the four "
                    + "prefectures made safe by the rural housing project (2011-2020; about as many as the belt's "
                    + "registered households, some rebuilt before 2015)");
    public static final Param UNSAFE_HOUSING_OTHER = real("guarantee.unsafeHousingOther", "share", 0, 1, 0.1,
            "Share of the other rural households living in an unsafe house in 2015.", "assumption");
    public static final Param HOUSING_RENOVATION = real("policy.housingRenovation", "share per year", 0, 1, 0,
            "Share of the unsafe houses of households on the poverty record (registered since 2015) rebuilt or made "
                    + "safe each year (the rural housing project); resettlement housing is safe.",
            "003 ~1060, ~1529, ~2903: every registered-poor household's unsafe house renovated by 2020; rate: baseline.toml");
    public static final Param HOUSING_COST = real("policy.housingCost", "yuan/household", 0, 500000, 25000,
            "Public cost of making one household's house safe.", "assumption: the sources give no unit subsidy");
    public static final Param DISASTER_HOUSING_DAMAGE = real("household.disasterHousingDamage", "share", 0, 1, 0.02,
            "Share of the households of a village hit by a natural disaster whose house becomes unsafe.",
            "assumption; 003 ~2903: the new rural houses withstood more than 30 earthquakes of magnitude 5 and over");
    public static final Param DROPOUT_2015 = real("education.dropout2015", "share", 0, 1, 0.07,
            "Share of rural households with children of compulsory-school age (7-15) that have a child out of school in 2015.",
            "003 ~1498: nine-year compulsory education completion rate 93 % (2015), read per household (assumption)");
    public static final Param DROPOUT_RATE = real("education.dropoutRate", "per household per year", 0, 1, 0.02,
            "Chance a year that a household with children of school age, at or above the line, takes a child out of school.",
            "assumption");
    public static final Param POOR_DROPOUT_FACTOR = real("education.poorDropoutFactor", "multiplier", 1, 20, 3,
            "Dropout chance of a household whose own income is below the line, relative to the others.",
            "assumption; 003 ~1454: poor families send children to work after junior middle school");
    public static final Param DROPOUT_RETURN = real("policy.dropoutReturn", "share per year", 0, 1, 0.2,
            "Chance a year that a household's out-of-school child is brought back to school (dropout control).",
            "assumption (before the campaign); baseline from 2017: 003 ~1056 (all dropouts of poor families persuaded "
                    + "back), ~1601 (94.2 % completion in Xinjiang 2019), ~2277 (Luopu 100 %)");
    public static final Param INSURANCE_ENROLMENT = real("policy.insuranceEnrolment", "share", 0, 1, 0.95,
            "Chance that a rural household not on the poverty record is enrolled in the basic medical insurance for the coming year.",
            "assumption: near-universal rural medical insurance; the sources give no figure for the belt");
    public static final Param INSURANCE_ENROLMENT_POOR = real("policy.insuranceEnrolmentPoor", "share", 0, 1, 0.95,
            "Chance that a household on the poverty record (registered since 2015), its premium subsidised, is enrolled for the coming year.",
            "assumption (as the others); baseline from 2017: 003 ~1636 (the poor a must-enrol group, about 99 % of them "
                    + "in the pension insurance)");
    // dynamic monitoring against return to poverty (ODD 7.7.4)
    public static final Param MONITORING_DETECTION = real("monitoring.detection", "per quarter", 0, 1, 0,
            "Chance at a quarterly review that a household qualifying for monitoring (unstable exited, marginal or in "
                    + "sudden hardship) for at least monitoring.lagMonths is identified, from monitoring.startYear; 0 = no monitoring.",
            "lever; baseline 0.5: 003 ~1031, ~3064 (monitoring and help against return to poverty, early "
                    + "detection); the rate is an assumption");
    public static final Param MONITORING_START = integer("monitoring.startYear", "calendar year", 2015, 2065, 2020,
            "Year whose January starts the dynamic monitoring (identification and help; qualification is tracked from 2015).",
            "003 ~1031, ~2948: the monitoring and help mechanism against return to poverty set up at the end of the "
                    + "campaign; January 2020 is an assumption");
    public static final Param MONITORING_LAG = integer("monitoring.lagMonths", "months", 0, 60, 3,
            "Months a household must have qualified before monitoring can identify it (survey, village report, checks).",
            "assumption");
    public static final Param HARDSHIP_SHARE = real("monitoring.hardshipShare", "share of annual income", 0, 5, 0.25,
            "A shock (an illness bill paid by the household, a disaster loss) of at least this share of the household's "
                    + "income of the last twelve months is a sudden hardship.",
            "assumption");
    public static final Param HELP_SUCCESS = real("monitoring.helpSuccess", "share", 0, 1, 0.5,
            "Chance that a help attempt for a monitored household (a quick production project) succeeds; a failed "
                    + "attempt is repeated at the next quarterly review while the household is monitored.",
            "assumption; 002 ~57 (quick production support for unstable and marginal households)");
    public static final Param HELP_INCOME = real("monitoring.helpIncome", "yuan/household/year", 0, 50000, 3000,
            "Own income a successful help project adds to a monitored household.",
            "003 ~2207 (courtyard projects +2,000 yuan a household), ~2060-2110 (fungus scheme +4,000 yuan)");
    public static final Param HELP_MONTHS = integer("monitoring.helpMonths", "months", 0, 240, 24,
            "Months a successful help project pays.", "assumption");
    public static final Param HELP_COST = real("monitoring.helpCost", "yuan/attempt", 0, 200000, 3000,
            "Public cost of one help attempt, successful or not.", "assumption");

    // ---- support instruments with their own horizons (ODD 7.5.2) -----------------------------
    public static final Param INCOME_TAX_RATE = real("firm.incomeTaxRate", "share of profit", 0, 1, 0.25,
            "Statutory corporate income tax on a month's positive profit.",
            "assumption: statutory rate of the Enterprise Income Tax Law; the seeds give only the holiday (003 ~2003)");
    public static final Param TAX_HOLIDAY_MONTHS = integer("policy.taxHolidayMonths", "months from opening", 0, 600, 120,
            "Months from a firm's opening free of income tax.", "003 ~2003: Hotan, exempt for 10 years");
    public static final Param TAX_HALF_MONTHS = integer("policy.taxHalfMonths", "months after the holiday", 0, 600, 120,
            "Months after the holiday taxed at half the rate.", "003 ~2003: Hotan, then halved for 10 years");
    public static final Param VAT_RATE = real("firm.vatRate", "share of value added", 0, 1, 0.13,
            "Value-added tax on a firm's value added (passed on to buyers; matters only through the refund).",
            "assumption: statutory rate for manufacturing from 2019");
    public static final Param VAT_REFUND_SHARE = real("policy.vatRefundShare", "share of VAT", 0, 1, 0.5,
            "Share of the VAT a firm pays that is refunded to it.",
            "003 ~2003 (refund after collection, Hotan); share assumption: the local half of VAT since 2016");
    public static final Param VAT_REFUND_MONTHS = integer("policy.vatRefundMonths", "months from opening", 0, 600, 60,
            "Months from a firm's opening during which VAT is refunded.", "003 ~2003: Hotan, 5 years");
    public static final Param TEXTILE_FUND = real("policy.textileFund", "yuan/worker/month", 0, 5000, 167,
            "Central textile and garment fund paid per worker of cotton-using firms (textiles, garments).",
            "003 ~1191: 2 bn yuan a year; per worker assumption: over about 1 million jobs");
    public static final Param TEXTILE_FUND_END_YEAR = integer("policy.textileFundEndYear", "calendar year", 2014, 2060, 2023,
            "Last calendar year of the textile and garment fund (to its December).", "003 ~1191: extended to 2023 in 2019");
    public static final Param SOCIAL_INSURANCE_SUBSIDY = real("policy.socialInsuranceSubsidy", "share of wage bill", 0, 1, 0,
            "Employer social-insurance contributions refunded, as a share of the wage bill (0: the wage subsidy stands for it).",
            "003 ~1191; 004 part 5 §5 (instrument); rate assumption");
    public static final Param SOCIAL_INSURANCE_MONTHS = integer("policy.socialInsuranceMonths", "months from opening", 0, 600, 36,
            "Months from opening during which social insurance is subsidised.", "004 part 3 §5: usually 3 years");
    public static final Param POWER_SHARE = real("firm.powerShare", "share of overhead", 0, 1, 0.3,
            "Part of a firm's overhead that is its power bill.", "assumption");
    public static final Param POWER_SUBSIDY = real("policy.powerSubsidy", "share of power bill", 0, 1, 0,
            "Share of the power bill paid by government.", "003 ~1191; 004 part 5 §5 (instrument); rate assumption");
    public static final Param POWER_SUBSIDY_MONTHS = integer("policy.powerSubsidyMonths", "months from opening", 0, 600, 36,
            "Months from opening during which power is subsidised.", "004 part 3 §5: usually 3 years");
    public static final Param TRAINING_SUBSIDY = real("policy.trainingSubsidy", "yuan/trained hire", 0, 50000, 0,
            "Paid to a firm for each trained worker it hires.", "003 ~1191; 004 part 5 §5 (instrument); rate assumption");
    public static final Param TRAINING_SUBSIDY_MONTHS = integer("policy.trainingSubsidyMonths", "months from opening", 0, 600, 36,
            "Months from opening during which trained hires are subsidised.", "004 part 3 §5: usually 3 years");
    public static final Param CREDIT_WAGE_MONTHS = real("policy.creditWageMonths", "months of wage bill", 0, 60, 0,
            "Subsidised loan at opening, in months of the firm's wage bill at the wage floor.",
            "004 part 5 §5; 003 ~801 (instrument); size assumption");
    public static final Param CREDIT_MONTHS = integer("policy.creditMonths", "months from opening", 1, 600, 36,
            "Months over which the opening loan is repaid in equal instalments.", "assumption: 003 ~2164's three-year term");
    public static final Param LOAN_RATE = real("firm.loanRate", "per year", 0, 1, 0.0435,
            "Interest rate on a firm's loan before any subsidy.", "assumption: one-year benchmark lending rate 2015-2019");
    public static final Param CREDIT_INTEREST_SUBSIDY = real("policy.creditInterestSubsidy", "per year", 0, 1, 0.0435,
            "Interest on the opening loan paid by government (at most firm.loanRate).",
            "003 ~801, ~2164: interest-subsidised loans");
    // ---- location choice: agglomeration and congestion (issue 12 item 2) ------------------------
    public static final Param LABOUR_POOLING = real("firm.labourPooling", "utility per log 100 workers", 0, 5, 0.3,
            "Pull on a relocating firm of the experienced or trained workers its industry already employs in the town "
                    + "(a pool to hire from without training from scratch).",
            "assumption (Marshallian labour pooling; size chosen at about the pull of the same-industry firms); 003 ~2141 on trained workers' output");
    public static final Param INPUT_OUTPUT_PULL = real("firm.inputOutputPull", "utility per log 100 workers", 0, 5, 0.3,
            "Pull of a town's suppliers and buyers along the chain cotton -> textiles (spinning, weaving) -> garments.",
            "000 §2.2 (the cotton-textile-garment chain); assumption for the size");
    public static final Param CROP_PROXIMITY = real("firm.cropProximity", "utility per log raw-material pull", 0, 5, 1,
            "Weight of the raw material grown around a town on a relocating processor of farm products (1: as local founders).",
            "000 §2.2; 002 part 1 (4); assumption for the size");
    public static final Param LEARNING_SPILLOVER = real("firm.learningSpillover", "speed-up per log 100 workers", 0, 2, 0.1,
            "Faster learning by doing where the industry already has experienced workers in the town (they show newcomers).",
            "assumption (learning spillovers); 003 ~2141 for the learning curve itself");
    public static final Param RENT_CONGESTION = real("firm.rentCongestion", "rent discount of an empty park", 0, 0.95, 0.5,
            "Park rent rises with the park's occupancy: firm.rentPerM2 is the rent of a full park, an empty one lets for (1 - this) times it.",
            "assumption (space scarce as parks fill)");
    public static final Param WAGE_CONGESTION = real("firm.wageCongestion", "floor premium per park job per 100 residents", 0, 1, 0.03,
            "The guaranteed base wage is bid up where park jobs per 100 residents exceed the belt's: this premium per job above it.",
            "assumption (wages bid up in dense labour markets)");
    public static final Param LABOUR_RESERVE_WEIGHT = real("firm.labourReserveWeight", "utility per log recruitable worker", 0, 3, 1,
            "Weight of ln(residents of working age not in wage work) in a town's location utility: a town as an aggregate of sites.",
            "Ben-Akiva & Lerman 1985, Discrete Choice Analysis, ch. 9 (size of an aggregate alternative, coefficient 1)");
    public static final Param RAIL_COST_RATIO = real("firm.railCostRatio", "rail / road cost per tonne-km", 0.05, 1, 0.35,
            "Cost of a tonne-km by rail relative to road: goods go by road to the nearest railhead, then by rail to Urumqi.",
            "assumption (rail freight about a third of road per tonne-km); 003 on the Southern Xinjiang and Kashgar-Hotan railways");
    // Demand with a local part (model.LocalDemand, model.CesDemand; ODD 7.3.4)
    public static final Param LOCAL_SHARE = real("demand.localShare", "share of sales", 0, 1, 0,
            "Share of a belt industry's sales bought by the belt's own towns (the rest leaves the belt); 0 in the "
            + "baseline until calibrated, 0.1 as a small share (ODD 7.3.4).",
            "assumption: small, as 000 and 001 describe the parks' firms as 'both ends outside' (raw material in, "
            + "products out)");
    public static final Param DEMAND_SIGMA = real("demand.sigma", "elasticity", 1.1, 20, 5,
            "Elasticity of substitution between firms' varieties in CES demand.",
            "assumption: the value of Fujita, Krugman and Venables' (1999) examples, within the 3-8 estimated for "
            + "manufactures");
    public static final Param MANUFACTURES_SHARE = real("demand.manufacturesShare", "share of spending", 0, 1, 0.3,
            "Share of household spending on manufactured goods (the exponent of the price index in the cost of "
            + "living).", "assumption: clothing, household goods and processed food of rural budgets");
    public static final Param FREIGHT_PER_KM = real("demand.freightPerKm", "iceberg share per km", 0, 0.01, 0.0003,
            "Iceberg freight between belt towns: a good shipped d road km costs (1 + this x d) times its mill price.",
            "assumption: about 9% of value over 300 km by truck");

    // ---- town functions beyond parks (issue 12 item 3) ----------------------------------------
    public static final Param SERVICES_INCOME_ELASTICITY = real("town.servicesIncomeElasticity", "", 0, 3, 1,
            "Elasticity of a county town's service demand (its service jobs at the reference wage) to the income its "
            + "county's households earn outside services, deflated by the wage index; 0 keeps the 2015 jobs.",
            "assumption: services sell within the own county (003 ~2605), so their spending follows local income "
            + "one for one; 000 §2.3 (towns radiate services)");

    public static final Param HUB_UPLIFT = real("town.hubUplift", "share of farm income", 0, 1, 0.15,
            "Rise in the farm-gate value of a village's crops when the agro-processing workers of a hub town in "
            + "its reach can handle all the farmland in that reach (in proportion when part of it); 0 turns hubs off.",
            "000 §2.2 (towns as collection and processing centres; contract farmers sell steadily and at more); "
            + "002 ~21 (a walnut processor buying 5,000 t a year raises 2,000 households' incomes); the size is an "
            + "assumption: a buyer at hand, less spoilage and fewer middlemen");
    public static final Param HUB_REACH_KM = real("town.hubReachKm", "road km", 0, 1000, 100,
            "Road distance from a village within which a town's processors buy its crops.",
            "assumption: a same-day round trip for fresh produce by truck");
    public static final Param HUB_MU_PER_WORKER = real("town.hubMuPerWorker", "mu per worker", 0, 10000, 50,
            "Farmland whose crops one agro-processing worker handles in a year.",
            "assumption: about 50 t of fruit, vegetables or cotton a worker-year at about a tonne a mu "
            + "(002 ~21: Aksu's processors had capacity for 1.503 M t in 2020)");

    public static final Param PORT_TRADE_2015 = real("town.portTrade2015", "bn yuan/year (2015)", 0, 1000, 15,
            "Border trade through Irkeshtam and Torugart handled at Kashgar in 2015.",
            "assumption: the sources name the ports and the trade-driven services (000 §3.2, 003 ~1302) but give no "
            + "volume; the order of Kashgar's border trade in the mid-2010s");
    public static final Param PORT_TRADE_GROWTH = real("town.portTradeGrowth", "per year", -0.5, 1, 0.05,
            "Real growth of the border trade through Kashgar (it stops while shock.stoppage holds).",
            "assumption: Belt and Road trade with Central Asia growing (000 §3.2)");
    public static final Param PORT_JOBS_PER_BN = real("town.portJobsPerBn", "jobs per bn yuan/year", 0, 100000, 1000,
            "Storage, transport, customs-broking and catering jobs in Kashgar city per bn yuan a year of border trade.",
            "000 §3.2 (the trade's service jobs); the size is an assumption: their value added about 4% of the "
            + "trade's value at about 40,000 yuan a job-year");
    public static final Param DECLARE_COST_PER_KM = real("town.declareCostPerKm", "share of export value per km", 0, 0.001,
            0.00002, "Cost of declaring exports at the nearest customs point (Kashgar or Urumqi), per road km to it, "
            + "as a share of the value added exported (trips, brokers, waiting).",
            "001 part 3 §4 ~288 (Hotan's exports can be declared only in Kashgar or Urumqi), part 2 §3 ~198 "
            + "(nobody in Hotan knows customs work); the size is an assumption: about 1% of export value from Hotan city");
    public static final Param HOTAN_CUSTOMS = bool("town.hotanCustoms", false,
            "A customs office and bonded warehouse in Hotan city, where firms can declare exports (001's "
            + "recommendation; not in the baseline).", "001 part 3 §4 ~288");

    public static final Param SHARED_PARKS = bool("town.sharedParks", false,
            "Each XPCC city shares its park with a neighbouring local county (Aral with Aksu city, Tumxuk with Bachu, "
            + "Kunyu with Moyu): a firm finding one full opens in the other, and the partner county's job seekers "
            + "always consider it.", "000 §3.3 (Aksu and Aral build and share parks); the other two pairs: assumption");

    private ParamSchema() {}

    public static List<Param> all() { return Collections.unmodifiableList(ALL); }

    public static int size() { return ALL.size(); }

    /** The parameter with this key, or null. */
    public static Param byKey(String key) { return BY_KEY.get(key); }

    public static List<String> keys() { return List.copyOf(BY_KEY.keySet()); }

    /** Keys older scenario files may still use, with what replaced them and how to convert. */
    private static final Map<String, String> RETIRED = Map.of(
            "labor.peerEffect", "labor.peerSearchRate (the search chance added per unit share of peers in wage "
                    + "work: the old multiplier times labor.searchRate)",
            "policy.parkSpacePerMonth", "policy.aidParkBudget (park space is now built from budgets where firms "
                    + "were turned away: yuan/month, about the old value x 105 x policy.parkCostPerM2 for the belt's 10.5 M residents)",
            "market.wageCurve", "market.demandElasticity (the distant wage now moves toward the level at which "
                    + "employers want the belt workers on offer; the demand elasticity alone sets how far it moves)",
            "market.normalQueue", "market.demandElasticity (no normal queue: the distant wage clears the market "
                    + "against the belt workers there and those turned away)",
            "policy.siteGreenhouseIncome", "farm.greenhouseIncome (a site greenhouse is the farm side's greenhouse: "
                    + "the same income, 30 % of it when nobody in the household farms)",
            "household.shockRate", "health.illnessRate and household.disasterRate (the one household shock is now "
                    + "a serious illness of a person, with medical costs, insurance and lost work, and a disaster that "
                    + "hits a village's harvest)",
            "household.shockCost", "health.illnessCost and household.disasterLoss (see household.shockRate)",
            "firm.sizeMedian", "firm.sizeFactor (a multiplier of each industry's own median size; the old value "
                    + "divided by 110 gives the same scaling)");

    /** What replaced a retired key, or null for a key that never existed. */
    public static String replacementOf(String retiredKey) { return RETIRED.get(retiredKey); }

    private static Param add(String key, Param.Kind kind, String unit, double min, double max, double def,
                             List<String> choices, String description, String source) {
        if (BY_KEY.containsKey(key)) throw new IllegalStateException("duplicate parameter " + key);
        Param p = new Param(ALL.size(), key, kind, unit, min, max, def, choices, description, source);
        ALL.add(p);
        BY_KEY.put(key, p);
        return p;
    }

    private static Param withdrawalYear(String group, String what) {
        return integer("policy." + group + "WithdrawalYear", "calendar year", 2015, 2065, 2065,
                "Year whose January starts the withdrawal of " + what + "; 2065 = never.",
                "levers (issue 14); baseline.toml gives the years and their sources");
    }

    private static Param phaseOut(String group) {
        return integer("policy." + group + "PhaseOutMonths", "months", 0, 600, 0,
                "Months over which the " + group + " instruments fall linearly from their level to the kept share "
                        + "(policy." + group + "Kept) from policy." + group + "WithdrawalYear; 0 or 1 = at once.",
                "lever; assumption where a scenario sets it");
    }

    private static Param kept(String group) {
        return real("policy." + group + "Kept", "share of level", 0, 1, 0,
                "Share of the " + group + " instruments' level left once their withdrawal is complete.",
                "lever: 0 unless a source documents what remains");
    }

    private static Param real(String key, String unit, double min, double max, double def, String d, String s) {
        return add(key, REAL, unit, min, max, def, List.of(), d, s);
    }

    private static Param integer(String key, String unit, double min, double max, double def, String d, String s) {
        return add(key, INTEGER, unit, min, max, def, List.of(), d, s);
    }

    private static Param bool(String key, boolean def, String d, String s) {
        return add(key, BOOLEAN, "", 0, 1, def ? 1 : 0, List.of(), d, s);
    }

    private static Param choice(String key, List<String> choices, int def, String d, String s) {
        return add(key, CHOICE, "", 0, choices.size() - 1, def, choices, d, s);
    }
}
