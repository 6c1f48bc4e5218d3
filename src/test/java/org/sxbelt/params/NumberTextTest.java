package org.sxbelt.params;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The three number styles, their edge cases, and their independence of the default locale. */
class NumberTextTest {

    @Test
    void dataFilesGetPlainRoundTrippableText() {
        assertEquals("NA", NumberText.data(Double.NaN));
        assertEquals("Inf", NumberText.data(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", NumberText.data(Double.NEGATIVE_INFINITY));
        assertEquals("0", NumberText.data(-0.0));
        assertEquals("12", NumberText.data(12.0));
        assertEquals("0.1", NumberText.data(0.1));
        assertEquals("1234.567891", NumberText.data(1234.5678912));
        assertEquals("0.0000123457", NumberText.data(0.000012345678));
        assertEquals("123456789012345680000", NumberText.data(1.2345678901234568E20));
    }

    @Test
    void exactValuesAreTheShortestDecimal() {
        assertEquals("0.00001", NumberText.exact(1e-5));
        assertEquals("0.3", NumberText.exact(0.3));
        assertEquals("1500", NumberText.exact(1500));
        assertEquals("0.123456789", NumberText.exact(0.123456789));
    }

    @Test
    void peopleReadGroupedWholesAndThreeDigits() {
        assertEquals("10,982", NumberText.forPeople(10981.6));
        assertEquals("78", NumberText.forPeople(78));
        assertEquals("38.4", NumberText.forPeople(38.44));
        assertEquals("0.298", NumberText.forPeople(0.29812));
        assertEquals("1.2e-06", NumberText.forPeople(1.2e-6));
        assertEquals("∞", NumberText.forPeople(Double.POSITIVE_INFINITY));
        assertEquals("NA", NumberText.forPeople(Double.NaN));
        assertEquals("< 0.001", NumberText.pValue(0.0004));
        assertEquals("0.042", NumberText.pValue(0.0421));
    }

    @Test
    void noLocaleChangesTheText() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("10,982", NumberText.forPeople(10982));
            assertEquals("1234.567891", NumberText.data(1234.5678912));
            assertEquals("0.042", NumberText.pValue(0.0421));
        } finally {
            Locale.setDefault(before);
        }
    }

    // the indicator files' number text, as pinned when TidyCsvWriter wrote it

    @Test
    void formatsWholeNumbersWithoutDecimals() {
        assertEquals("0", NumberText.data(0));
        assertEquals("0", NumberText.data(-0.0));
        assertEquals("12", NumberText.data(12));
        assertEquals("-3", NumberText.data(-3));
        assertEquals("1234567890123", NumberText.data(1234567890123.0));
    }

    @Test
    void formatsFractionsWithAtMostSixDecimals() {
        assertEquals("0.1", NumberText.data(0.1));
        assertEquals("0.5", NumberText.data(0.5));
        assertEquals("1234.567891", NumberText.data(1234.5678912));
        assertEquals("2.5", NumberText.data(2.5000000001));
        assertEquals("2", NumberText.data(2.0000000001));
        assertEquals("-17.333333", NumberText.data(-52.0 / 3));
        assertEquals("0.333333", NumberText.data(1.0 / 3));
        assertEquals("0.666667", NumberText.data(2.0 / 3));
        assertEquals("0.3", NumberText.data(0.1 + 0.2));
    }

    @Test
    void smallValuesKeepSixSignificantDigitsAndNeverUseExponents() {
        assertEquals("0.0000123457", NumberText.data(0.000012345678));
        assertEquals("-0.00000000015", NumberText.data(-1.5e-10));
        assertEquals("1", NumberText.data(0.9999999));
        assertEquals("123456789012.5", NumberText.data(123456789012.5));
    }

    @Test
    void formatsSpecialValues() {
        assertEquals("NA", NumberText.data(Double.NaN));
        assertEquals("Inf", NumberText.data(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", NumberText.data(Double.NEGATIVE_INFINITY));
    }
}
