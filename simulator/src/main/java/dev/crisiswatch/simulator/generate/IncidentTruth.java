package dev.crisiswatch.simulator.generate;

import java.time.Instant;

/**
 * What one incident turned out to be once generated (truth.json, CONTRACT section 5).
 *
 * @param tenPercentAt when 10% of its mentions (of its complaints, if it has no mentions) were out
 */
public record IncidentTruth(String topic, String kind, String label, Instant onset, Instant end, int mentions,
        int complaints, Instant tenPercentAt) {}
