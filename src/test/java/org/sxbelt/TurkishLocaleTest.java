package org.sxbelt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Status;
import org.sxbelt.model.Level;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ids and output under a Turkish default locale, where {@code "IDLE".toLowerCase()} is "ıdle" (dotless
 * ı): ids name indicators and csv fields, so they must not follow the user's locale.
 */
class TurkishLocaleTest {

    private Locale saved;

    @TempDir
    Path tmp;

    @BeforeEach
    void turkish() {
        saved = Locale.getDefault();
        Locale.setDefault(new Locale("tr", "TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void statusIdsAreAscii() {
        assertEquals(List.of("dependent", "farming", "workshop", "park", "other_town", "migrant_xj", "migrant_inland",
                "services", "idle", "town_seeker", "cooperative"), ids(Status.values(), Status::id));
    }

    @Test
    void industryIdsAreAscii() {
        assertEquals(List.of("garments", "shoes_socks_hats", "hair_products", "electronics", "textiles",
                "agro_processing", "carpets_crafts"), ids(Industry.values(), Industry::id));
        assertEquals(Industry.ELECTRONICS, Industry.byId("electronics"));
    }

    @Test
    void levelLabelsAreAscii() {
        assertEquals(List.of("belt", "prefecture", "county", "town"), ids(Level.values(), Level::label));
    }

    /**
     * The golden run gives the golden bytes under the Turkish locale too. Names built when a class is
     * first loaded are only checked here if this test loads it (run alone, it does); the id tests
     * above cover them in any order.
     */
    @Test
    void goldenRunIsUnchanged() throws IOException {
        GoldenOutputTest golden = new GoldenOutputTest();
        golden.tmp = tmp;
        golden.coarseRunWritesTheGoldenBytes();
    }

    private static <T> List<String> ids(T[] values, Function<T, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
