package dev.crisiswatch.simulator.generate;

/** An account that posts. */
record Author(String id, String handle, long followers, boolean verified) {}
