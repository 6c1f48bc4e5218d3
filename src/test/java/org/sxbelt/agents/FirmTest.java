package org.sxbelt.agents;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class FirmTest {

    /** No property read two ways ({@code id()} and {@code getId()}); the GUI's bean view is FirmInspection. */
    @Test
    void oneAccessorPerProperty() {
        Set<String> accessors = Arrays.stream(Firm.class.getMethods()).filter(m -> m.getParameterCount() == 0)
                .map(Method::getName).collect(Collectors.toSet());
        for (String name : accessors) {
            if (!name.startsWith("get") || name.length() < 4 || name.equals("getClass")) continue;
            String plain = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            assertFalse(accessors.contains(plain), "Firm has both " + plain + "() and " + name + "()");
        }
    }

    @Test
    void builtByName() {
        Firm f = Firm.builder().id(7).industry(Industry.TEXTILES).origin("Jiangsu").openedMonth(12).capacity(30)
                .space(900).cash(1e6).productivityCeiling(0.8).valueAdded(9000).build();
        assertEquals(7, f.id());
        assertEquals(Industry.TEXTILES, f.industry());
        assertEquals(Firm.Site.PARK, f.site(), "no village: a park firm");
        assertNull(f.headquarters());
        assertEquals(30, f.targetWorkforce(), "the first target is the capacity");
        assertEquals(900, f.space());
        assertEquals(1e6, f.getCash());
        assertEquals(0.8, f.productivityCeiling());
        assertEquals(9000, f.valueAdded());
        assertEquals(5, f.ageMonths(17));
        assertNull(f.closeReason(), "open");
    }
}
