package org.sxbelt.scenario;

import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading valid scenario files: baseline, defaults, both key spellings, inheritance, lookup. */
class ScenarioLoaderTest {

    private static final Path BASELINE_FILE = Path.of("scenarios", "baseline.toml");

    @TempDir
    Path dir;

    static Path write(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name + ".toml");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static double valueAt(Scenario s, String month, Param p) {
        int m = SimMonthFormat.parse(month);
        return s.events().stream().filter(e -> e.month() == m && e.param() == p)
                .mapToDouble(TimedEvent::value).reduce((a, b) -> b).orElse(Double.NaN);
    }

    @Test
    void baselineFileLoadsWithTheHistoricalEvents() {
        Scenario s = ScenarioLoader.load(BASELINE_FILE);
        assertEquals("baseline", s.name());
        assertEquals("defaults", s.extendsName());
        assertEquals(BASELINE_FILE.toString(), s.origin());
        ParamValues withdrawal = new ParamValues().set(ParamSchema.GUARANTEE_WITHDRAWAL_YEAR, 2027)
                .set(ParamSchema.GUARANTEE_KEPT, 1).set(ParamSchema.WORKING_POOR_WITHDRAWAL_YEAR, 2027)
                .set(ParamSchema.SUPPORT_WITHDRAWAL_YEAR, 2026).set(ParamSchema.WORKSHOP_WITHDRAWAL_YEAR, 2026)
                .set(ParamSchema.POSTS_WITHDRAWAL_YEAR, 2026).set(ParamSchema.AID_WITHDRAWAL_YEAR, 2065)
                .set(ParamSchema.MONITORING_DETECTION, 0.5);
        assertEquals(withdrawal, s.params(),
                "baseline's only start values: the withdrawal levers (ODD 7.8.10) and the monitoring's detection (7.7.4)");
        assertEquals(33, s.events().size());
        assertEquals(0.9, valueAt(s, "2017-01", ParamSchema.CROP_INSURANCE_POOR));
        assertEquals(0.38, valueAt(s, "2015-01", ParamSchema.MICRO_CREDIT_RATE));
        assertEquals(0, valueAt(s, "2021-01", ParamSchema.MICRO_CREDIT_RATE));
        assertEquals(0.5, valueAt(s, "2019-01", ParamSchema.FLOOR_WORKING_POOR));
        assertEquals(14934, valueAt(s, "2016-01", ParamSchema.RELOCATION_PERSONS));
        assertEquals(62918, valueAt(s, "2017-01", ParamSchema.RELOCATION_PERSONS));
        assertEquals(30824, valueAt(s, "2018-01", ParamSchema.RELOCATION_PERSONS));
        assertEquals(0, valueAt(s, "2020-01", ParamSchema.RELOCATION_PERSONS));
        assertEquals(1.0, valueAt(s, "2020-01", ParamSchema.FLOOR_WORKING_POOR));
        assertEquals(List.of(), s.parks(), "no named park projects: space follows demand and budgets");
        assertEquals(0.6, valueAt(s, "2018-01", ParamSchema.DEEP_POVERTY_AID_SHARE));
        assertEquals(1.3e9 / 84, valueAt(s, "2019-01", ParamSchema.HOTAN_PARK_FUND), 1);
        assertEquals(0, valueAt(s, "2026-01", ParamSchema.HOTAN_PARK_FUND));
        assertEquals(12, valueAt(s, "2016-01", ParamSchema.TRAINING_SEATS));
        assertEquals(0.35, valueAt(s, "2016-01", ParamSchema.SOCIAL_FLOOR));
        assertEquals(3, valueAt(s, "2016-01", ParamSchema.MOBILISATION));
        assertEquals(40, valueAt(s, "2017-01", ParamSchema.WORKSHOPS_PER_MONTH));
        assertEquals(14, valueAt(s, "2017-01", ParamSchema.ECO_POSTS));
        assertEquals(160, valueAt(s, "2017-01", ParamSchema.DIVIDEND));
        assertEquals(2800, valueAt(s, "2018-01", ParamSchema.TRANSFER_QUOTA));
        assertEquals(1.3, valueAt(s, "2018-01", ParamSchema.COUNTERPART_AID));
        // the transition period keeps the 2020 levels: no event changes them in 2021 (ODD 7.8.10)
        assertEquals(Double.NaN, valueAt(s, "2021-01", ParamSchema.TRANSFER_QUOTA));
        assertEquals(Double.NaN, valueAt(s, "2021-01", ParamSchema.WORKSHOPS_PER_MONTH));
        assertEquals(Double.NaN, valueAt(s, "2021-01", ParamSchema.COUNTERPART_AID));
        assertEquals(0.75, valueAt(s, "2022-08", ParamSchema.EXPORT_DEMAND));
        assertEquals(1.0, valueAt(s, "2023-08", ParamSchema.EXPORT_DEMAND));
        for (int i = 1; i < s.events().size(); i++) {
            assertTrue(s.events().get(i - 1).month() <= s.events().get(i).month(), "events in month order");
        }
    }

    @Test
    void embeddedDefaultIsTheBaselineOnTheClasspath() {
        Scenario s = ScenarioLoader.loadDefault();
        assertEquals("baseline", s.name());
        assertTrue(s.origin().startsWith("classpath:"), s.origin());
        Scenario fromFile = ScenarioLoader.load(BASELINE_FILE);
        assertEquals(fromFile.params(), s.params());
        assertEquals(fromFile.events(), s.events());
    }

    @Test
    void defaultsFillEveryKeyTheFileDoesNotName() throws IOException {
        Path f = write(dir, "one", "name = \"one\"", "description = \"d\"", "[params]",
                "\"policy.subsidyMonths\" = 48");
        Scenario s = ScenarioLoader.load(f);
        assertEquals(48, s.params().get(ParamSchema.SUBSIDY_MONTHS));
        for (Param p : ParamSchema.all()) {
            if (p != ParamSchema.SUBSIDY_MONTHS) assertEquals(p.defaultValue(), s.params().get(p), p.key());
        }
        assertEquals("defaults", s.extendsName());
        assertTrue(s.events().isEmpty());
    }

    @Test
    void quotedDottedKeysAndNestedTablesGiveTheSameScenario() throws IOException {
        Path quoted = write(dir, "quoted", "name = \"quoted\"", "description = \"d\"", "[params]",
                "\"policy.subsidyMonths\" = 60", "\"policy.rentFree\" = false", "\"run.decisionRule\" = \"expected-income\"",
                "\"labor.searchRate\" = 0.1",
                "[[events]]", "month = \"2019-03\"", "set = { \"policy.ecoPosts\" = 20, \"shock.stoppage\" = true }");
        Path nested = write(dir, "nested", "name = \"nested\"", "description = \"d\"",
                "[params.policy]", "subsidyMonths = 60", "rentFree = false",
                "[params.run]", "decisionRule = \"expected-income\"",
                "[params]", "labor.searchRate = 0.1",
                "[[events]]", "month = \"2019-03\"", "[events.set.policy]", "ecoPosts = 20",
                "[events.set.shock]", "stoppage = true");
        Scenario a = ScenarioLoader.load(quoted);
        Scenario b = ScenarioLoader.load(nested);
        assertEquals(a.params(), b.params());
        assertEquals(a.events(), b.events());
        assertEquals(60, b.params().get(ParamSchema.SUBSIDY_MONTHS));
        assertEquals(1, b.params().get(ParamSchema.DECISION_RULE));
        assertEquals(0, b.params().get(ParamSchema.RENT_FREE));
        assertEquals(2, b.events().size());
        assertNotEquals(new ParamValues(), a.params());
    }

    @Test
    void integersAreAcceptedForRealKeys() throws IOException {
        Path f = write(dir, "ints", "name = \"ints\"", "description = \"d\"", "[params]",
                "\"policy.wageSubsidy\" = 1", "\"run.months\" = 120.0");
        Scenario s = ScenarioLoader.load(f);
        assertEquals(1.0, s.params().get(ParamSchema.WAGE_SUBSIDY));
        assertEquals(120, s.params().getInt(ParamSchema.MONTHS));
    }

    @Test
    void childOverridesOnlyWhatItNamesAndKeepsParentEvents() throws IOException {
        write(dir, "parent", "name = \"parent\"", "description = \"p\"",
                "[params]", "\"policy.subsidyMonths\" = 24", "\"policy.wageSubsidy\" = 0.4",
                "[[events]]", "month = \"2018-01\"", "set = { \"policy.transferQuota\" = 2800, \"policy.ecoPosts\" = 14 }",
                "[[events]]", "month = \"2020-01\"", "set = { \"policy.dividend\" = 100 }");
        Path child = write(dir, "child", "name = \"child\"", "description = \"c\"", "extends = \"parent\"",
                "[params]", "\"policy.subsidyMonths\" = 60",
                "[[events]]", "month = \"2018-01\"", "set = { \"policy.transferQuota\" = 500 }",
                "[[events]]", "month = \"2019-06\"", "set = { \"policy.upgrading\" = 0.2 }");
        Scenario s = ScenarioLoader.load(child);
        assertEquals("child", s.name());
        assertEquals("parent", s.extendsName());
        assertEquals(60, s.params().get(ParamSchema.SUBSIDY_MONTHS), "child value");
        assertEquals(0.4, s.params().get(ParamSchema.WAGE_SUBSIDY), "inherited from parent");
        assertEquals(ParamSchema.LOGISTICS_SUBSIDY.defaultValue(), s.params().get(ParamSchema.LOGISTICS_SUBSIDY));

        assertEquals(List.of("2018-01: policy.ecoPosts = 14", "2018-01: policy.transferQuota = 500",
                        "2019-06: policy.upgrading = 0.2", "2020-01: policy.dividend = 100"),
                s.events().stream().map(TimedEvent::toString).toList());
    }

    @Test
    void grandchildInheritsThroughTheWholeChain() throws IOException {
        write(dir, "a", "name = \"a\"", "description = \"a\"", "[params]", "\"policy.ecoPosts\" = 5");
        write(dir, "b", "name = \"b\"", "description = \"b\"", "extends = \"a\"", "[params]", "\"policy.dividend\" = 50");
        Path c = write(dir, "c", "name = \"c\"", "description = \"c\"", "extends = \"b\"");
        Scenario s = ScenarioLoader.load(c);
        assertEquals(5, s.params().get(ParamSchema.ECO_POSTS));
        assertEquals(50, s.params().get(ParamSchema.DIVIDEND));
        assertEquals("b", s.extendsName());
    }

    @Test
    void parentNotNextToTheFileIsTakenFromTheClasspath() throws IOException {
        Path child = write(dir, "no-transfer", "name = \"no-transfer\"", "description = \"d\"",
                "extends = \"baseline\"",
                "[[events]]", "month = \"2018-01\"", "set = { \"policy.transferQuota\" = 0 }");
        Scenario s = ScenarioLoader.load(child);
        assertEquals("baseline", s.extendsName());
        assertEquals(0, valueAt(s, "2018-01", ParamSchema.TRANSFER_QUOTA));
        assertEquals(1.3, valueAt(s, "2018-01", ParamSchema.COUNTERPART_AID), "parent's other key that month kept");
        assertEquals(33, s.events().size(), "the baseline's 33 events, one of them replaced");
        Path named = write(dir, "named-child", "name = \"named-child\"", "description = \"d\"",
                "extends = \"named-parks\"");
        assertEquals(4, ScenarioLoader.load(named).parks().size(), "parent's park projects inherited");
    }

    @Test
    void childParkProjectReplacesTheParentsOfTheSameNameAndZeroCancelsIt() throws IOException {
        Path child = write(dir, "parks-child", "name = \"parks-child\"", "description = \"d\"",
                "extends = \"named-parks\"",
                "[[parks]]", "name = \"luopu-hair-park\"", "where = \"luopu\"", "industry = \"hair_products\"",
                "from = \"2016-01\"", "to = \"2016-12\"", "m2 = 5000",
                "[[parks]]", "name = \"aksu-agro-parks\"", "where = \"Aksu\"", "from = \"2019-01\"",
                "to = \"2019-01\"", "m2 = 0",
                "[[parks]]", "name = \"kashgar-new\"", "where = [\"kashgar_city\", \"shufu\"]", "from = \"2020-01\"",
                "to = \"2020-06\"", "m2 = 1000", "counterpart = false");
        Scenario s = ScenarioLoader.load(child);
        List<String> names = s.parks().stream().map(ParkProject::name).toList();
        assertEquals(List.of("keriya-shoe-park", "aksu-textile-city", "luopu-hair-park", "kashgar-new"), names,
                "replaced, cancelled (m2 = 0) and added");
        ParkProject luopu = s.parks().get(2);
        assertEquals(5000, luopu.m2());
        assertEquals(12, luopu.months());
        assertEquals("hair_products", luopu.industry());
        ParkProject added = s.parks().get(3);
        assertEquals(List.of("kashgar_city", "shufu"), added.places());
        assertFalse(added.counterpart());
        assertFalse(added.isDedicated());
    }

    @Test
    void siblingFileWinsOverTheBuiltInScenarioOfTheSameName() throws IOException {
        write(dir, "baseline", "name = \"baseline\"", "description = \"local\"", "[params]", "\"policy.ecoPosts\" = 99");
        Path child = write(dir, "kid", "name = \"kid\"", "description = \"d\"", "extends = \"baseline\"");
        Scenario s = ScenarioLoader.load(child);
        assertEquals(99, s.params().get(ParamSchema.ECO_POSTS));
        assertTrue(s.events().isEmpty());
    }

    @Test
    void explicitDefaultsParentIsTheSchemaDefaults() throws IOException {
        Path f = write(dir, "root", "name = \"root\"", "description = \"d\"", "extends = \"defaults\"");
        Scenario s = ScenarioLoader.load(f);
        assertEquals(new ParamValues(), s.params());
        assertEquals("defaults", s.extendsName());
    }

    @Test
    void inheritanceCycleIsReported() throws IOException {
        Path a = write(dir, "a", "name = \"a\"", "description = \"d\"", "extends = \"b\"");
        write(dir, "b", "name = \"b\"", "description = \"d\"", "extends = \"a\"");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(a));
        assertTrue(e.getMessage().contains("inheritance cycle"), e.getMessage());
        Path b = dir.resolve("b.toml");
        assertEquals(b + " line 3: extends \"a\": inheritance cycle " + a + " -> " + b + " -> " + a, e.getMessage());

        Path self = write(dir, "self", "name = \"self\"", "description = \"d\"", "extends = \"self\"");
        ScenarioException e2 = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(self));
        assertTrue(e2.getMessage().contains("inheritance cycle"), e2.getMessage());
    }

    @Test
    void resolveByNameLooksInTheScenariosFolderThenTheClasspath() throws IOException {
        Path scen = Files.createDirectories(dir.resolve("scenarios"));
        write(scen, "local", "name = \"local\"", "description = \"d\"", "[params]", "\"policy.ecoPosts\" = 7");
        Scenario local = ScenarioLoader.resolve("local", dir);
        assertEquals("local", local.name());
        assertEquals(7, local.params().get(ParamSchema.ECO_POSTS));

        Scenario builtIn = ScenarioLoader.resolve("baseline", dir);
        assertTrue(builtIn.origin().startsWith("classpath:"), builtIn.origin());

        Scenario fromWorkingDir = ScenarioLoader.resolve("baseline");
        assertEquals("baseline", fromWorkingDir.name());

        assertEquals(new ParamValues(), ScenarioLoader.resolve("defaults", dir).params());

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("basline", dir));
        assertTrue(e.getMessage().contains("did you mean \"baseline\""), e.getMessage());
    }

    @Test
    void resolveByPathLoadsTheFile() throws IOException {
        Path f = write(dir, "elsewhere", "name = \"elsewhere\"", "description = \"d\"");
        assertEquals("elsewhere", ScenarioLoader.resolve(f.toString()).name());
        assertEquals("elsewhere", ScenarioLoader.resolve("elsewhere.toml", dir).name());
        assertEquals("baseline", ScenarioLoader.resolve("scenarios/baseline.toml").name());
        assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("missing.toml", dir));
    }

    @Test
    void listBuiltInContainsBaselineAndEveryNameLoads() {
        List<String> names = ScenarioLoader.listBuiltIn();
        assertTrue(names.contains("baseline"), names.toString());
        for (String n : names) assertEquals(n, ScenarioLoader.loadResource(n).name());
    }

    @Test
    void listOfAFolderGivesTomlNamesSorted() throws IOException {
        write(dir, "zeta", "name = \"zeta\"", "description = \"d\"");
        write(dir, "alpha", "name = \"alpha\"", "description = \"d\"");
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertEquals(List.of("alpha", "zeta"), ScenarioLoader.list(dir));
        assertEquals(List.of(), ScenarioLoader.list(dir.resolve("absent")));
    }

    @Test
    void unknownBuiltInNameIsAnError() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadResource("nosuch"));
        assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
        assertNull(ScenarioSource.resource("../pom"));
    }
}
