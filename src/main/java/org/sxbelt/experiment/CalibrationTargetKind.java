package org.sxbelt.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a calibration target is evidence of (ODD §10.2): the {@code kind} column of a target file.
 */
public enum CalibrationTargetKind {

    /** In the calibration loss: the parameters are chosen to meet it, so meeting it shows fit, not validity. */
    FITTED("fitted"),
    /** Never in the loss and never used to set a value: an out-of-sample test. */
    TESTED("tested"),
    /**
     * A figure the model is given, or that holds by construction (a quota, the 2015 fit, a parameter set
     * from it): shown for completeness, never counted as evidence.
     */
    INPUT("input");

    private final String id;

    CalibrationTargetKind(String id) {
        this.id = id;
    }

    /** The name used in target files. */
    public String id() { return id; }

    /** Whether a fact of this kind counts as evidence (fitted or tested). */
    public boolean isEvidence() { return this != INPUT; }

    /** The kind with this name in a target file, or null. */
    public static CalibrationTargetKind byId(String s) {
        for (CalibrationTargetKind k : values()) if (k.id.equals(s)) return k;
        return null;
    }

    /** "fitted, tested, input". */
    public static String allowed() {
        return String.join(", ", ids());
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(CalibrationTargetKind::id).toList();
    }

    @Override
    public String toString() { return id.toLowerCase(Locale.ROOT); }
}
