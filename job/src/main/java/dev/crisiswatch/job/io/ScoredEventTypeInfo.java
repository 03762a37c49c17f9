package dev.crisiswatch.job.io;

import dev.crisiswatch.aggregate.ScoredEvent;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** The type of the scored posts the job shuffles to the de-duplicator, with {@link ScoredEventSerializer}. */
public final class ScoredEventTypeInfo extends TypeInformation<ScoredEvent> {
    private static final long serialVersionUID = 1L;
    public static final ScoredEventTypeInfo INSTANCE = new ScoredEventTypeInfo();

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<ScoredEvent> getTypeClass() {
        return ScoredEvent.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<ScoredEvent> createSerializer(SerializerConfig config) {
        return ScoredEventSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "ScoredEvent";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoredEventTypeInfo;
    }

    @Override
    public int hashCode() {
        return ScoredEventTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof ScoredEventTypeInfo;
    }
}
