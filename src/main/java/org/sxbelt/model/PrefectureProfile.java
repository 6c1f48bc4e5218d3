package org.sxbelt.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the sources say about each prefecture's rural economy in 2015: land per person, mean rural
 * income and the share registered poor (the synthetic population is drawn to match these), and how
 * much of the raw material of processing industries (cotton, fruit, nuts) is grown there, 0..1.
 */
public record PrefectureProfile(String prefecture, double landPerCapita, double ruralIncome2015,
                                double poorShare2015, double rawMaterialBase, String source) {

    private static final String RESOURCE = "/calibration/prefectures.csv";

    public static Map<String, PrefectureProfile> loadDefault() {
        InputStream in = PrefectureProfile.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        Map<String, PrefectureProfile> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] f = line.split(",", 6);
                m.put(f[0], new PrefectureProfile(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
