package dev.crisiswatch.simulator.scenario;

import java.io.IOException;

/** A scenario file that cannot be generated as written; the message names the file and the field. */
public final class InvalidScenarioException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvalidScenarioException(String message) {
        super(message);
    }

    public InvalidScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
