package dev.crisiswatch.model;

public enum AlertStatus {
    OPEN,
    UPDATE,
    RESOLVED
}
