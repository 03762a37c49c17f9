package dev.crisiswatch.simulator.evaluate;

import java.util.Locale;

public enum IncidentKind {
    CRISIS,
    BENIGN;

    public static IncidentKind parse(String s) {
        return switch (s == null ? "" : s.toLowerCase(Locale.ROOT)) {
            case "crisis" -> CRISIS;
            case "benign" -> BENIGN;
            default -> throw new IllegalArgumentException("incident kind must be crisis or benign, was " + s);
        };
    }
}
