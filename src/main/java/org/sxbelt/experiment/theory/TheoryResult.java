package org.sxbelt.experiment.theory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one theory check found: the setting's name, the inputs as run (user values and the defaults
 * filled in), and one line per quantity.
 */
public record TheoryResult(String setting, Map<String, String> inputs, List<TheoryLine> lines) {

    public TheoryResult {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        lines = List.copyOf(lines);
    }

    /** Every line passed. */
    public boolean passed() { return lines.stream().allMatch(TheoryLine::pass); }

    /** The line of a quantity. */
    public TheoryLine line(String quantity) {
        return lines.stream().filter(l -> l.quantity().equals(quantity)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + quantity + " in " + setting));
    }
}
