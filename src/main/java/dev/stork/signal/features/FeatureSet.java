package dev.stork.signal.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named feature values in a fixed order. Immutable and thread-safe. */
public final class FeatureSet {
    private final List<String> names;
    private final double[] values;

    FeatureSet(List<String> names, double[] values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names for " + values.length + " values");
        }
        this.names = List.copyOf(names);
        this.values = values.clone();
    }

    /** @return the feature names in order */
    public List<String> names() {
        return names;
    }

    /** @return the number of features */
    public int size() {
        return values.length;
    }

    /** @return the value at position {@code index} of {@link #names()} */
    public double value(int index) {
        return values[index];
    }

    /**
     * @return the value of the feature called {@code name}
     * @throws IllegalArgumentException if there is no such feature
     */
    public double get(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no feature named " + name);
        }
        return values[index];
    }

    /** @return an unmodifiable name-to-value map in feature order */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(names.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return "FeatureSet" + asMap();
    }
}
