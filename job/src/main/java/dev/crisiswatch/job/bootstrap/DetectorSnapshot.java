package dev.crisiswatch.job.bootstrap;

import dev.crisiswatch.detect.TopicState;

/** One key's detector state at the end of the recorded history, on its way into the savepoint. A Flink POJO. */
public class DetectorSnapshot {
    public String key;
    public TopicState state;
    /** The earliest minute judged by the subtask that replayed this key: when the stream started. */
    public long streamStartMinute;

    public DetectorSnapshot() {}

    public DetectorSnapshot(String key, TopicState state, long streamStartMinute) {
        this.key = key;
        this.state = state;
        this.streamStartMinute = streamStartMinute;
    }
}
