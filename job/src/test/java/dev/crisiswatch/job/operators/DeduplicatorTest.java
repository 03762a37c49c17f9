package dev.crisiswatch.job.operators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.api.common.typeinfo.Types;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
    static Event mention(String source, String id, long ts) {
        Event e = new Event();
        e.kind = EventKind.MENTION;
        e.source = source;
        e.id = id;
        e.ts = ts;
        e.text = "where is my parcel";
        return e;
    }

    private static KeyedOneInputStreamOperatorTestHarness<Long, Event, Event> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new Deduplicator<Event>(86_400_000L)),
                Event::dedupHash, Types.LONG);
    }

    @Test
    void shouldCountTheSameSourceAndIdOnceEvenAfterARestore() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            h.processElement(mention("twitter", "1", 1000), 1000);
            h.processElement(mention("twitter", "1", 1000), 1000);
            h.processElement(mention("reddit", "1", 1000), 1000); // another network, another post
            assertThat(h.extractOutputValues()).extracting(e -> e.source).containsExactly("twitter", "reddit");
            snapshot = h.snapshot(1, 2000);
        }
        try (var h = harness()) {
            h.initializeState(snapshot);
            h.open();
            h.processElement(mention("twitter", "1", 1000), 3000);
            h.processElement(mention("twitter", "2", 3000), 3000);
            assertThat(h.extractOutputValues()).extracting(e -> e.id).containsExactly("2");
        }
    }
}
