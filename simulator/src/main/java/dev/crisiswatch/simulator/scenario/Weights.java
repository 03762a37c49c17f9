package dev.crisiswatch.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Named choices with relative weights, drawn in the order they were written (so draws are reproducible). */
public final class Weights {
    private final String[] names;
    private final double[] cumulative;

    private Weights(String[] names, double[] cumulative) {
        this.names = names;
        this.cumulative = cumulative;
    }

    /** Keeps entries with a positive weight; fails when none is left. */
    public static Weights of(Map<String, Double> weights) {
        List<String> kept = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        double total = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double w = e.getValue() == null ? 0 : e.getValue();
            if (w < 0 || Double.isNaN(w)) throw new IllegalArgumentException("weight of '" + e.getKey() + "' must be >= 0");
            if (w == 0) continue;
            total += w;
            kept.add(e.getKey());
            sums.add(total);
        }
        if (kept.isEmpty()) throw new IllegalArgumentException("needs at least one positive weight");
        double[] cumulative = new double[sums.size()];
        for (int i = 0; i < cumulative.length; i++) cumulative[i] = sums.get(i) / total;
        return new Weights(kept.toArray(new String[0]), cumulative);
    }

    /** Weights written inline, e.g. {@code "phone:3 chat:3 email:2"}. */
    public static Weights parse(String spec) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (String pair : spec.trim().split("\\s+")) {
            int colon = pair.lastIndexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("expected name:weight, got " + pair);
            m.put(pair.substring(0, colon), Double.parseDouble(pair.substring(colon + 1)));
        }
        return of(m);
    }

    public static Weights uniform(List<String> names) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (String n : names) m.put(n, 1.0);
        return of(m);
    }

    public String pick(SplittableRandom rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) return names[i];
        }
        return names[names.length - 1];
    }

    public List<String> names() {
        return List.of(names);
    }

    /** The probability of one name, 0 when absent. */
    public double share(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        }
        return 0;
    }
}
