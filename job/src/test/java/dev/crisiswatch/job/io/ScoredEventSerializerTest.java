package dev.crisiswatch.job.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.aggregate.ScoredEvent;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.job.CrisisTopology;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.TopicCatalog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

class ScoredEventSerializerTest {
    private static ScoredEvent roundTrip(ScoredEvent e) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        ScoredEventSerializer.INSTANCE.serialize(e, out);
        ScoredEvent back = ScoredEventSerializer.INSTANCE.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        // and the network's copy path: bytes in, the same bytes out
        DataOutputSerializer copied = new DataOutputSerializer(64);
        ScoredEventSerializer.INSTANCE.copy(new DataInputDeserializer(out.getCopyOfBuffer()), copied);
        assertThat(copied.getCopyOfBuffer()).isEqualTo(out.getCopyOfBuffer());
        return back;
    }

    /** Every public field of ScoredEvent and of its Sample set to something other than its default. */
    private static ScoredEvent everyFieldSet(boolean flags) throws Exception {
        ScoredEvent e = new ScoredEvent();
        fill(e, flags, 7);
        e.sample = new Sample();
        fill(e.sample, flags, 11);
        return e;
    }

    private static void fill(Object o, boolean flags, long seed) throws Exception {
        for (Field f : o.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            Class<?> t = f.getType();
            long v = seed * 1_000_003L + f.getName().hashCode();
            if (t == long.class) f.setLong(o, v);
            else if (t == int.class) f.setInt(o, (int) v);
            else if (t == double.class) f.setDouble(o, v / 7.0);
            else if (t == boolean.class) f.setBoolean(o, flags);
            else if (t == String.class) f.set(o, f.getName() + " é " + v);
            else if (t == int[].class) f.set(o, new int[] {3, 17, (int) v});
            else if (t == String[].class) f.set(o, new String[] {"refund", f.getName(), "late parcel"});
            else if (t != Sample.class) throw new AssertionError("a field the serializer may not know: " + f);
        }
    }

    @Test
    void everyFieldOfAScoredPostAndItsSampleSurvivesTheShuffle() throws Exception {
        for (boolean flags : new boolean[] {true, false}) {
            ScoredEvent e = everyFieldSet(flags);
            assertThat(roundTrip(e)).usingRecursiveComparison().isEqualTo(e);
            assertThat(ScoredEventSerializer.INSTANCE.copy(e)).usingRecursiveComparison().isEqualTo(e);
        }
    }

    @Test
    void aPostWithoutTopicsTermsSampleOrStringsComesBackWithout() throws Exception {
        ScoredEvent e = new ScoredEvent();
        e.dedupHash = -42;
        e.ts = 1_772_443_000_000L;
        ScoredEvent back = roundTrip(e);
        assertThat(back).usingRecursiveComparison().isEqualTo(e);
        assertThat(back.topics).isNull();
        assertThat(back.terms).isNull();
        assertThat(back.sample).isNull();

        e.topics = new int[0];
        e.terms = new String[] {null, "outage"};
        e.sample = new Sample(); // a sample whose strings are all absent
        assertThat(roundTrip(e)).usingRecursiveComparison().isEqualTo(e);
    }

    @Test
    void aSnapshotOfTheFormatRestoresAsIs() throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, ScoredEventSerializer.INSTANCE.snapshotConfiguration());
        TypeSerializerSnapshot<ScoredEvent> read = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
        TypeSerializerSchemaCompatibility<ScoredEvent> c =
                ScoredEventSerializer.INSTANCE.snapshotConfiguration().resolveSchemaCompatibility(read);
        assertThat(c.isCompatibleAsIs()).isTrue();
        assertThat(read.restoreSerializer()).isSameAs(ScoredEventSerializer.INSTANCE);
    }

    @Test
    void theJobShufflesScoredPostsWithThisSerializerNotThePojoOne() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        var events = env.fromData(TypeInformation.of(Event.class), new Event());
        Transformation<?> last = CrisisTopology.buckets(events, CrisisConfig.defaults(), new TopicCatalog(List.of()))
                .getTransformation();
        Deque<Transformation<?>> todo = new ArrayDeque<>(List.of(last));
        int scored = 0;
        while (!todo.isEmpty()) {
            Transformation<?> t = todo.pop();
            if (t.getOutputType().getTypeClass() == ScoredEvent.class) {
                assertThat(t.getOutputType()).as(t.getName()).isInstanceOf(ScoredEventTypeInfo.class);
                scored++;
            }
            todo.addAll(t.getInputs());
        }
        assertThat(scored).as("the score map, the key-by and the de-duplicator").isGreaterThanOrEqualTo(2);
    }
}
