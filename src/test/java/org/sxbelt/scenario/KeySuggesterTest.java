package org.sxbelt.scenario;

import org.sxbelt.params.ParamSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class KeySuggesterTest {

    private static Optional<String> near(String typed) {
        return KeySuggester.nearest(typed, ParamSchema.keys());
    }

    @Test
    void smallTyposFindTheKey() {
        assertEquals(Optional.of("policy.subsidyMonths"), near("policy.subsidyMonth"));
        assertEquals(Optional.of("policy.subsidyMonths"), near("Policy.SubsidyMonths"));
        assertEquals(Optional.of("labor.searchRate"), near("labour.searchRate"));
    }

    @Test
    void sameLastSegmentFindsTheKey() {
        assertEquals(Optional.of("policy.subsidyMonths"), near("subsidyMonths"));
        assertEquals(Optional.of("policy.ecoPosts"), near("ecological.ecoPosts"));
        assertEquals(Optional.of("policy.subsidyMonths"), near("subsidyMonth"));
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertEquals(Optional.empty(), near("zzzzzz"));
        assertEquals(Optional.empty(), KeySuggester.nearest("xy", List.of("name", "source")));
        assertEquals("", KeySuggester.didYouMean("qqqqqq", ParamSchema.keys()));
    }

    @Test
    void topLevelKeys() {
        List<String> top = ScenarioFileParser.TOP_KEYS;
        assertEquals(Optional.of("name"), KeySuggester.nearest("nmae", top));
        assertEquals(Optional.of("description"), KeySuggester.nearest("descripton", top));
        assertEquals(Optional.of("extends"), KeySuggester.nearest("extend", top));
        assertEquals("; did you mean \"events\"?", KeySuggester.didYouMean("event", top));
    }
}
