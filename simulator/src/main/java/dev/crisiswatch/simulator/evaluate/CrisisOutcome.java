package dev.crisiswatch.simulator.evaluate;

import dev.crisiswatch.model.Alert;
import java.time.Duration;

/** Whether and how fast one crisis incident was caught; {@code alert} is null when it was missed. */
public record CrisisOutcome(Incident incident, Alert alert, Duration delay, boolean early) {

    public static CrisisOutcome missed(Incident incident) {
        return new CrisisOutcome(incident, null, null, false);
    }

    public boolean detected() {
        return alert != null;
    }
}
