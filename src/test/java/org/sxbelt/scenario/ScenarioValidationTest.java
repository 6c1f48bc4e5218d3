package org.sxbelt.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken scenario files: each must be rejected with a one-line message naming file, line, key and what is allowed. */
class ScenarioValidationTest {

    @TempDir
    Path dir;

    /** Writes {@code <name>.toml} with a valid header (lines 1-2) followed by {@code body}; returns the error message. */
    private String error(String name, String... body) throws IOException {
        Path f = dir.resolve(name + ".toml");
        Files.writeString(f, "name = \"" + name + "\"\ndescription = \"test\"\n" + String.join("\n", body) + "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        assertTrue(m.startsWith(f.toString()), "names the file: " + m);
        return m;
    }

    private static void assertContains(String message, String... parts) {
        for (String p : parts) assertTrue(message.contains(p), "expected <" + p + "> in: " + message);
    }

    @Test
    void outOfRangeNamesFileLineKeyValueAndRange() throws IOException {
        String m = error("range", "[params]", "\"policy.wageSubsidy\" = 0.3", "\"policy.subsidyMonths\" = 500");
        assertEquals(dir.resolve("range.toml") + " line 5: policy.subsidyMonths = 500 is out of range: "
                + "expected a whole number in [0, 360] (months)", m);
    }

    @Test
    void outOfRangeInNestedTableAndInEvent() throws IOException {
        assertContains(error("nested", "[params.policy]", "wageSubsidy = 1.5"),
                "line 4", "policy.wageSubsidy = 1.5", "out of range", "[0, 1]");
        assertContains(error("ev", "[[events]]", "month = \"2018-01\"", "set = { \"shock.exportDemand\" = -1 }"),
                "line 5", "shock.exportDemand = -1", "out of range", "[0, 2]");
    }

    @Test
    void aRetiredKeyNamesItsReplacement() throws IOException {
        assertContains(error("old", "[params]", "\"labor.peerEffect\" = 1"),
                "line 4", "unknown key \"labor.peerEffect\"", "replaced by labor.peerSearchRate");
        assertContains(error("old", "[params]", "\"firm.sizeMedian\" = 110"),
                "line 4", "unknown key \"firm.sizeMedian\"", "replaced by firm.sizeFactor");
    }

    @Test
    void unknownParameterKeySuggestsTheNearestOne() throws IOException {
        assertContains(error("typo", "[params]", "\"policy.subsidyMonth\" = 36"),
                "line 4", "unknown key \"policy.subsidyMonth\"", "did you mean \"policy.subsidyMonths\"?");
        assertContains(error("nogroup", "[params]", "subsidyMonths = 36"),
                "line 4", "unknown key \"subsidyMonths\"", "did you mean \"policy.subsidyMonths\"?");
        assertContains(error("badgroup", "[params.polcy]", "wageSubsidy = 0.3"),
                "line 4", "\"polcy.wageSubsidy\"", "did you mean \"policy.wageSubsidy\"?");
        assertContains(error("inevent", "[[events]]", "month = \"2018-01\"", "set = { \"policy.ecoPost\" = 3 }"),
                "line 5", "unknown key \"policy.ecoPost\"", "did you mean \"policy.ecoPosts\"?");
    }

    @Test
    void unknownTopLevelKeySuggestsTheNearestOne() throws IOException {
        Path f = dir.resolve("top.toml");
        Files.writeString(f, "nmae = \"top\"\nname = \"top\"\ndescription = \"d\"\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals(f + " line 1: unknown key \"nmae\"; did you mean \"name\"?", e.getMessage());

        assertContains(error("srcx", "src = \"003\""), "line 3", "unknown key \"src\"", "did you mean \"source\"?");
        assertContains(error("policyTop", "[policy]", "subsidyMonths = 3"), "line 3", "go under [params]");
        assertContains(error("late", "[params]", "extends = \"baseline\""), "line 4", "before the first [table]");
    }

    @Test
    void wrongTypesAreRejected() throws IOException {
        assertContains(error("quoted", "[params]", "\"policy.wageSubsidy\" = \"0.2\""),
                "line 4", "policy.wageSubsidy = \"0.2\"", "wrong type (text)", "expected a number in [0, 1]");
        assertContains(error("realForInt", "[params]", "\"policy.subsidyMonths\" = 2.5"),
                "line 4", "policy.subsidyMonths = 2.5", "not a whole number", "expected a whole number in [0, 360]");
        assertContains(error("numForBool", "[params]", "\"policy.rentFree\" = 1"),
                "line 4", "policy.rentFree = 1", "wrong type (number)", "expected true or false");
        assertContains(error("badChoice", "[params]", "\"run.decisionRule\" = \"logitt\""),
                "line 4", "run.decisionRule = \"logitt\"", "expected one of logit, expected-income", "did you mean \"logit\"?");
        assertContains(error("boolForChoice", "[params]", "\"run.decisionRule\" = true"),
                "line 4", "wrong type (true/false)");
        assertContains(error("table", "[params]", "\"policy.subsidyMonths\" = { a = 1 }"),
                "line 4", "policy.subsidyMonths must be a value, not a table");
        assertContains(error("nan", "[params]", "\"policy.wageSubsidy\" = nan"), "line 4", "not a finite number");
        assertContains(error("nameType", "source = 3"), "line 3", "source = 3", "wrong type (number)");
    }

    @Test
    void badEventMonthsAreRejected() throws IOException {
        assertContains(error("m13", "[[events]]", "month = \"2018-13\"", "set = { \"policy.ecoPosts\" = 3 }"),
                "line 4", "month = \"2018-13\"", "not a month", "2015-01 .. 2064-12");
        assertContains(error("late", "[[events]]", "month = \"2065-01\"", "set = { \"policy.ecoPosts\" = 3 }"),
                "line 4", "month = \"2065-01\"", "out of range", "2015-01 .. 2064-12");
        assertContains(error("early", "[[events]]", "month = \"2014-12\"", "set = { \"policy.ecoPosts\" = 3 }"),
                "line 4", "out of range");
        assertContains(error("slash", "[[events]]", "month = \"2018/01\"", "set = { \"policy.ecoPosts\" = 3 }"),
                "line 4", "not a month");
        assertContains(error("date", "[[events]]", "month = 2018-01-01", "set = { \"policy.ecoPosts\" = 3 }"),
                "line 4", "wrong type (date/time)");
        assertContains(error("nomonth", "[[events]]", "set = { \"policy.ecoPosts\" = 3 }"),
                "line 3", "event has no \"month\"");
    }

    @Test
    void eventsNeedASetWithValues() throws IOException {
        assertContains(error("noset", "[[events]]", "month = \"2018-01\"", "reason = \"x\""),
                "line 3", "event for 2018-01 has no \"set\"");
        assertContains(error("emptyset", "[[events]]", "month = \"2018-01\"", "set = {}"),
                "line 5", "sets nothing");
        assertContains(error("flat", "[[events]]", "month = \"2018-01\"", "\"policy.ecoPosts\" = 3",
                "set = { \"policy.dividend\" = 3 }"), "line 5", "go inside set");
        assertContains(error("runInEvent", "[[events]]", "month = \"2018-01\"", "set = { \"run.months\" = 12 }"),
                "line 5", "run.months cannot change during a run");
        assertContains(error("setTwice", "[[events]]", "month = \"2018-01\"", "set = { \"policy.ecoPosts\" = 3 }",
                "[[events]]", "month = \"2018-01\"", "set = { \"policy.ecoPosts\" = 4 }"),
                "line 6", "policy.ecoPosts is set twice for 2018-01", "line 3");
    }

    @Test
    void keySetTwiceInParamsIsRejected() throws IOException {
        assertContains(error("twice", "[params]", "\"policy.ecoPosts\" = 3", "[params.policy]", "ecoPosts = 4"),
                "line 6", "policy.ecoPosts is set twice", "first at line 4");
    }

    @Test
    void syntaxErrorNamesTheLineAndColumn() throws IOException {
        assertContains(error("syntax", "[params]", "\"policy.ecoPosts\" = ", "\"policy.dividend\" = 3"),
                "line 4, column", "syntax error: ");
        assertContains(error("dupkey", "source = \"a\"", "source = \"b\""), "line 4", "syntax error", "previously defined");
    }

    @Test
    void requiredKeysAndMatchingNameAreChecked() throws IOException {
        Path noName = dir.resolve("noname.toml");
        Files.writeString(noName, "description = \"d\"\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(noName));
        assertContains(e.getMessage(), noName.toString(), "missing required key \"name\"");

        Path noDescription = dir.resolve("nodesc.toml");
        Files.writeString(noDescription, "name = \"nodesc\"\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(noDescription));
        assertContains(e.getMessage(), "missing required key \"description\"");

        Path wrongName = dir.resolve("right.toml");
        Files.writeString(wrongName, "name = \"wrong\"\ndescription = \"d\"\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(wrongName));
        assertEquals(wrongName + " line 1: name = \"wrong\" does not match the file name: expected \"right\"",
                e.getMessage());

        Path blank = dir.resolve("blank.toml");
        Files.writeString(blank, "name = \"blank\"\ndescription = \"  \"\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(blank));
        assertContains(e.getMessage(), "line 2", "description must be one non-empty line");
    }

    @Test
    void missingParentIsReportedWithTheFile() throws IOException {
        assertContains(error("orphan", "extends = \"nosuch\""),
                "orphan.toml line 3: extends \"nosuch\": no scenario named nosuch next to the file or built in");
        assertContains(error("pathParent", "extends = \"../x\""), "line 3", "is not a scenario name");
    }

    @Test
    void firstProblemInFileOrderIsReported() throws IOException {
        String m = error("order", "[params]", "\"policy.ecoPosts\" = -3", "\"policy.subsidyMonth\" = 2",
                "[[events]]", "month = \"1999-01\"", "set = { \"policy.ecoPosts\" = 3 }");
        assertContains(m, "line 4", "policy.ecoPosts = -3");
    }

    @Test
    void errorInParentNamesTheParentFile() throws IOException {
        Files.writeString(dir.resolve("bad-parent.toml"), "name = \"bad-parent\"\ndescription = \"d\"\n[params]\n"
                + "\"policy.ecoPosts\" = 1000\n");
        Path child = dir.resolve("child.toml");
        Files.writeString(child, "name = \"child\"\ndescription = \"d\"\nextends = \"bad-parent\"\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child));
        assertContains(e.getMessage(), "bad-parent.toml line 4", "policy.ecoPosts = 1000", "out of range");
    }

    @Test
    void missingFileIsAScenarioException() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(dir.resolve("absent.toml")));
        assertContains(e.getMessage(), "absent.toml", "no such file");
    }

    @Test
    void brokenParkProjectsNameLineKeyAndWhatIsAllowed() throws IOException {
        String ok = "from = \"2017-01\"";
        assertContains(error("pk1", "[[parks]]", "name = \"p\"", "where = \"loupu\"", ok, "to = \"2017-06\"",
                "m2 = 100"), "line 5", "unknown place \"loupu\"", "did you mean \"luopu\"?");
        assertContains(error("pk2", "[[parks]]", "name = \"p\"", "where = \"luopu\"", "industry = \"hair\"", ok,
                "to = \"2017-06\"", "m2 = 100"), "line 6", "industry = \"hair\"", "hair_products");
        assertContains(error("pk3", "[[parks]]", "name = \"p\"", "where = \"luopu\"", ok, "to = \"2016-06\"",
                "m2 = 100"), "line 7", "to = \"2016-06\" is before from = \"2017-01\"");
        assertContains(error("pk4", "[[parks]]", "name = \"p\"", "where = \"luopu\"", ok, "to = \"2017-06\"",
                "m2 = -5"), "line 8", "m2 = -5 is out of range", "0 .. 10,000,000");
        assertContains(error("pk5", "[[parks]]", "name = \"p\"", "where = \"luopu\"", ok, "to = \"2017-06\""),
                "line 3", "park project \"p\" has no \"m2\"");
        assertContains(error("pk6", "[[parks]]", "name = \"p\"", "where = \"luopu\"", ok, "to = \"2017-06\"",
                "m2 = 100", "indstry = \"textiles\""), "line 9", "unknown key \"indstry\" in park project",
                "did you mean \"industry\"?");
        assertContains(error("pk7", "[[parks]]", "name = \"p\"", "where = \"luopu\"", ok, "to = \"2017-06\"",
                "m2 = 100", "[[parks]]", "name = \"p\"", "where = \"Hotan\"", ok, "to = \"2017-06\"", "m2 = 100"),
                "line 9", "park project \"p\" is declared twice (first at line 3)");
        assertContains(error("pk8", "[[parks]]", "name = \"p\"", "where = \"luopu\"", "from = \"2015-13\"",
                "to = \"2017-06\"", "m2 = 100"), "line 6", "from = \"2015-13\" is not a month");
        assertContains(error("pk9", "[[parks]]", "name = \"p\"", "where = \"luopu\"", ok, "to = \"2017-06\"",
                "m2 = 100", "counterpart = \"yes\""), "line 9", "counterpart = \"yes\"", "expected true");
    }
}
