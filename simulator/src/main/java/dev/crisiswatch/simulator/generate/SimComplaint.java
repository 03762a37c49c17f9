package dev.crisiswatch.simulator.generate;

/** A generated customer-service contact, before it is written out; {@code incident} is -1 for everyday ones. */
record SimComplaint(long seq, long ts, String channel, String text, String category, String product,
        String priority, String customerId, int incident) {

    String id() {
        return "T" + (3_000_000 + seq);
    }
}
