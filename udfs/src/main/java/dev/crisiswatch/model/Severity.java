package dev.crisiswatch.model;

/** Ordered from least to most urgent; INFO is positive buzz and never a crisis. */
public enum Severity {
    INFO,
    WATCH,
    WARNING,
    CRITICAL;

    public boolean isCrisis() {
        return this == WARNING || this == CRITICAL;
    }
}
