package dev.crisiswatch.job.io;

import dev.crisiswatch.model.DeadLetter;
import dev.crisiswatch.model.Event;

/** What a source hands on: a parsed event, or the dead letter of a record that could not be used. */
public class Parsed {
    public Event event;
    public DeadLetter deadLetter;

    public Parsed() {}

    public static Parsed of(Event e) {
        Parsed p = new Parsed();
        p.event = e;
        return p;
    }

    public static Parsed invalid(DeadLetter d) {
        Parsed p = new Parsed();
        p.deadLetter = d;
        return p;
    }
}
