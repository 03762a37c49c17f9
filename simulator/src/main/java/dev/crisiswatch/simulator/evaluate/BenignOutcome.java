package dev.crisiswatch.simulator.evaluate;

import dev.crisiswatch.model.Alert;

/** A benign incident and the first WARNING/CRITICAL alert it wrongly raised, if any. */
public record BenignOutcome(Incident incident, Alert violatingAlert) {

    public boolean violated() {
        return violatingAlert != null;
    }
}
