package dev.crisiswatch.job.operators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.job.io.Parsed;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class EventRouterTest {
    static final long DAY = 86_400_000L;
    static final long T0 = 1_772_409_600_000L; // 2026-03-02T00:00:00Z

    private static Parsed event(EventKind kind, String id, long ts) {
        Event e = DeduplicatorTest.mention("twitter", id, ts);
        e.kind = kind;
        return Parsed.of(e);
    }

    @Test
    void shouldJudgeEachStreamByItsOwnClockSoABacktestFileReadAheadLosesNothing() throws Exception {
        try (var h = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new EventRouter(DAY)))) {
            h.open();
            // The complaints file is read two days ahead of the mentions file.
            h.processElement(event(EventKind.COMPLAINT, "c1", T0 + 2 * DAY), T0 + 2 * DAY);
            h.processElement(event(EventKind.COMPLAINT, "c2", T0 + 2 * DAY + 60_000), T0 + 2 * DAY + 60_000);
            h.processElement(event(EventKind.MENTION, "m1", T0), T0);
            h.processElement(event(EventKind.MENTION, "m2", T0 + 60_000), T0 + 60_000);
            assertThat(h.extractOutputValues()).extracting(e -> e.id).containsExactly("c1", "c2", "m1", "m2");
            assertThat(h.getSideOutput(EventRouter.DEAD_LETTERS)).isNull();
        }
    }

    @Test
    void shouldStillRejectAnEventFarBehindItsOwnStream() throws Exception {
        try (var h = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new EventRouter(DAY)))) {
            h.open();
            h.processElement(event(EventKind.MENTION, "m1", T0 + 2 * DAY), T0 + 2 * DAY);
            h.processElement(event(EventKind.MENTION, "m2", T0 + 2 * DAY + 60_000), T0 + 2 * DAY + 60_000);
            h.processElement(event(EventKind.MENTION, "old", T0), T0);
            assertThat(h.extractOutputValues()).extracting(e -> e.id).containsExactly("m1", "m2");
            assertThat(h.getSideOutput(EventRouter.DEAD_LETTERS)).singleElement()
                    .satisfies(r -> assertThat(r.getValue().reason).contains("behind the stream"));
        }
    }
}
