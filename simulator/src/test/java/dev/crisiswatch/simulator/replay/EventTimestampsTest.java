package dev.crisiswatch.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTimestampsTest {
    private final EventTimestamps timestamps = new EventTimestamps();

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T09:00:00Z", "2024-02-29T23:59:59.999Z", "2000-01-01T00:00:00.000Z",
        "1999-12-31T23:59:59Z", "2026-03-02T09:00:00.5Z", "2026-03-02T24:00:00Z", "2026-03-02T09:00:00+02:00"})
    void shouldReadTheSameInstantAsTheJdkParser(String ts) {
        long expected = ts.endsWith("Z") ? Instant.parse(ts).toEpochMilli() : java.time.OffsetDateTime.parse(ts).toInstant().toEpochMilli();

        assertThat(timestamps.of(line("\"" + ts + "\""))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-02-30T09:00:00Z\"", "\"2026-13-02T09:00:00Z\"",
        "\"2026-03-02 09:00:00Z\"", "\"yesterday\"", "true", "null"})
    void shouldNotInventATimeForAnImpossibleOrMissingOne(String ts) {
        assertThat(timestamps.of(line(ts))).isEqualTo(EventTimestamps.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"a\",\"author\":{\"ts\":\"x\"},\"ts\":1772442000000}", "  {\"ts\":1772442000000,\"text\":\"late\"}"})
    void shouldFindTheTopLevelTsWhereverItIs(String json) {
        assertThat(timestamps.of(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(1772442000000L);
    }

    private static byte[] line(String tsJson) {
        return ("{\"id\":\"m1\",\"source\":\"twitter\",\"ts\":" + tsJson + ",\"text\":\"parcel lost\"}").getBytes(StandardCharsets.UTF_8);
    }
}
