package dev.crisiswatch.model;

/** The two input streams. */
public enum EventKind {
    MENTION,
    COMPLAINT
}
