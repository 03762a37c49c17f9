package dev.crisiswatch.job.operators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.aggregate.EventScorer;
import dev.crisiswatch.aggregate.ScoredEvent;
import dev.crisiswatch.config.CrisisConfig;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class ScoreEventsTest {
    private final EventScorer scorer = new EventScorer(CrisisConfig.defaults(), PreAggregateOperatorTest.CATALOG);

    @Test
    void shouldShipAScoredPostThroughFlinksPojoSerializerWithItsSample() throws Exception {
        ScoredEvent s = scorer.score(PreAggregateOperatorTest.mention("1", PreAggregateOperatorTest.T0,
                "@acmehelp my parcel is lost again, worst delivery ever", 12_000));
        TypeInformation<ScoredEvent> type = TypeInformation.of(ScoredEvent.class);
        assertThat(type).isInstanceOf(PojoTypeInfo.class);

        TypeSerializer<ScoredEvent> serializer = type.createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(s, out);
        ScoredEvent back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(back.topics).containsExactly(0);
        assertThat(back.sentiment).isEqualTo(s.sentiment).isNegative();
        assertThat(back.dedupHash).isEqualTo(s.dedupHash);
        assertThat(back.fingerprint).isEqualTo(s.fingerprint).isNotZero();
        assertThat(back.sample.text).isEqualTo("@acmehelp my parcel is lost again, worst delivery ever");
        assertThat(back.sample.followers).isEqualTo(12_000);
    }

    @Test
    void shouldLeaveTheTextBehindForAPostNoBucketCanShow() {
        ScoredEvent s = scorer.score(PreAggregateOperatorTest.mention("2", PreAggregateOperatorTest.T0,
                "lovely sunny morning at the beach with the kids", 300));
        assertThat(s.topics).isEmpty();
        assertThat(s.sample).isNull();
        assertThat(s.terms).isNull();
    }
}
