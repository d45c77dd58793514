package dev.stork.signal.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers values by name from the feature families and orders them by a fixed name list. */
final class FeatureCollector {
    private final Map<String, Double> values = new HashMap<>();

    void put(String name, double value) {
        if (values.put(name, value) != null) {
            throw new IllegalStateException("feature " + name + " computed twice");
        }
    }

    FeatureSet inOrder(List<String> names) {
        double[] ordered = new double[names.size()];
        for (int i = 0; i < ordered.length; i++) {
            Double v = values.get(names.get(i));
            if (v == null) {
                throw new IllegalStateException("feature " + names.get(i) + " was not computed");
            }
            ordered[i] = v;
        }
        if (values.size() != names.size()) {
            throw new IllegalStateException(values.size() + " features computed, " + names.size() + " expected");
        }
        return new FeatureSet(names, ordered);
    }
}
