package dev.crisiswatch.simulator.replay;

/**
 * One line to send: its stream, the raw bytes of the line, and the event time used to order and
 * pace it (a line whose time cannot be read takes the time of the line before it in its file).
 */
record ReplayRecord(Stream stream, byte[] value, long ts, boolean timeKnown) {

    enum Stream {
        MENTIONS,
        COMPLAINTS
    }
}
