package org.sxbelt.scenario;

import org.sxbelt.params.ParamSchema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the known key a mistyped one most likely meant, for "did you mean ...?" hints.
 *
 * <p>In order of preference: the key at the smallest edit distance (at most 3, and no more than
 * the length of the typed key, so that short unrelated words are not matched); otherwise a key with the
 * same last dotted segment ("subsidyMonths" finds "policy.subsidyMonths"); otherwise a key whose
 * last segment is one edit away. Case is ignored. Ties go to the first key in {@code known}'s order.
 */
public final class KeySuggester {

    static final int MAX_DISTANCE = 3;
    private static final LevenshteinDistance FULL = new LevenshteinDistance(MAX_DISTANCE);
    private static final LevenshteinDistance SEGMENT = new LevenshteinDistance(1);

    private KeySuggester() {}

    /** The known key nearest to {@code typed}, if any is near enough. */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        if (typed == null || typed.isEmpty()) return Optional.empty();
        String t = typed.toLowerCase(Locale.ROOT);

        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = FULL.apply(t, k.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance && d <= t.length()) {
                best = k;
                bestDistance = d;
            }
        }
        if (best != null) return Optional.of(best);

        String typedLast = lastSegment(t);
        for (String k : known) {
            if (lastSegment(k.toLowerCase(Locale.ROOT)).equals(typedLast)) return Optional.of(k);
        }
        if (typedLast.length() >= 5) {
            for (String k : known) {
                int d = SEGMENT.apply(typedLast, lastSegment(k.toLowerCase(Locale.ROOT)));
                if (d >= 0) return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The hint for an unknown parameter key: what replaced it, if it is a retired key, else the nearest
     * parameter key ({@link #didYouMean}).
     */
    public static String forParameter(String typed) {
        String replacement = ParamSchema.replacementOf(typed);
        if (replacement != null) return "; it was replaced by " + replacement;
        return didYouMean(typed, ParamSchema.keys());
    }

    /** {@code "; did you mean \"x\"?"}, or the empty string when nothing is near. */
    public static String didYouMean(String typed, Collection<String> known) {
        return nearest(typed, known).map(k -> "; did you mean \"" + k + "\"?").orElse("");
    }

    private static String lastSegment(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }
}
