package org.spc4j.core.capability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.spc4j.core.control.Subgroups;

/** Reads the reference CSV files under src/test/resources/reference (sources in its README.md). */
final class ReferenceData {

    private ReferenceData() {
    }

    static List<String[]> csv(String resource) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Montgomery piston rings (qcc data/pistonrings.txt): the 25 Phase I samples of 5 diameters. */
    static Subgroups pistonRingsPhase1() {
        List<Double> v = new ArrayList<>();
        for (String[] row : csv("/reference/examples/montgomery-pistonrings.csv")) {
            if (row[2].trim().equals("true")) {
                v.add(Double.parseDouble(row[1]));
            }
        }
        return Subgroups.ofSize(5, v.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
