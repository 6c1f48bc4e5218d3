package org.sxbelt.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTableTest {

    @Test
    void wrapsWordsAndCutsOnlyWordsLongerThanALine() {
        assertEquals(List.of("  one two", "  three", "  four"), TextTable.wrap("one two three  four", "  ", 10));
        assertEquals(List.of("> abcdef", "> ghij x"), TextTable.wrap("abcdefghij x", "> ", 8));
        assertEquals(List.of("> abcdef", "> ghij", "> xy"), TextTable.wrap("abcdefghij xy", "> ", 8));
        assertEquals(List.of(), TextTable.wrap("   ", "", 10));
    }
}
