package dev.crisiswatch.job.io;

import dev.crisiswatch.aggregate.ScoredEvent;
import dev.crisiswatch.model.Sample;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * {@link ScoredEvent} on the de-duplication shuffle, field by field: Flink's {@code PojoSerializer} reads and
 * writes each field by reflection and creates every nested object through it, once per post. The flags share
 * one byte; absent arrays and samples cost one length or flag. Not used for state: nothing keeps a ScoredEvent.
 */
public final class ScoredEventSerializer extends TypeSerializerSingleton<ScoredEvent> {
    private static final long serialVersionUID = 1L;
    public static final ScoredEventSerializer INSTANCE = new ScoredEventSerializer();

    private static final int COMPLAINT = 1, URGENT = 2, VERIFIED = 4, RESHARE = 8, SAMPLE = 16, SAMPLE_VERIFIED = 32;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public ScoredEvent createInstance() {
        return new ScoredEvent();
    }

    @Override
    public ScoredEvent copy(ScoredEvent from) {
        ScoredEvent e = new ScoredEvent();
        e.dedupHash = from.dedupHash;
        e.ts = from.ts;
        e.complaint = from.complaint;
        e.urgent = from.urgent;
        e.topics = from.topics == null ? null : from.topics.clone();
        e.sentiment = from.sentiment;
        e.followers = from.followers;
        e.verified = from.verified;
        e.reshare = from.reshare;
        e.reshares = from.reshares;
        e.fingerprint = from.fingerprint;
        e.words = from.words;
        e.terms = from.terms == null ? null : from.terms.clone();
        e.sample = from.sample == null ? null : copy(from.sample);
        return e;
    }

    private static Sample copy(Sample from) {
        Sample s = new Sample();
        s.type = from.type;
        s.id = from.id;
        s.source = from.source;
        s.ts = from.ts;
        s.author = from.author;
        s.followers = from.followers;
        s.verified = from.verified;
        s.text = from.text;
        s.sentiment = from.sentiment;
        return s;
    }

    @Override
    public ScoredEvent copy(ScoredEvent from, ScoredEvent reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(ScoredEvent e, DataOutputView out) throws IOException {
        Sample s = e.sample;
        out.writeByte((e.complaint ? COMPLAINT : 0) | (e.urgent ? URGENT : 0) | (e.verified ? VERIFIED : 0)
                | (e.reshare ? RESHARE : 0) | (s != null ? SAMPLE : 0) | (s != null && s.verified ? SAMPLE_VERIFIED : 0));
        out.writeLong(e.dedupHash);
        out.writeLong(e.ts);
        out.writeDouble(e.sentiment);
        out.writeLong(e.followers);
        out.writeLong(e.reshares);
        out.writeLong(e.fingerprint);
        out.writeInt(e.words);
        if (e.topics == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(e.topics.length);
            for (int t : e.topics) out.writeInt(t);
        }
        if (e.terms == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(e.terms.length);
            for (String t : e.terms) StringValue.writeString(t, out);
        }
        if (s != null) {
            StringValue.writeString(s.type, out);
            StringValue.writeString(s.id, out);
            StringValue.writeString(s.source, out);
            out.writeLong(s.ts);
            StringValue.writeString(s.author, out);
            out.writeLong(s.followers);
            StringValue.writeString(s.text, out);
            out.writeDouble(s.sentiment);
        }
    }

    @Override
    public ScoredEvent deserialize(DataInputView in) throws IOException {
        ScoredEvent e = new ScoredEvent();
        int flags = in.readByte();
        e.complaint = (flags & COMPLAINT) != 0;
        e.urgent = (flags & URGENT) != 0;
        e.verified = (flags & VERIFIED) != 0;
        e.reshare = (flags & RESHARE) != 0;
        e.dedupHash = in.readLong();
        e.ts = in.readLong();
        e.sentiment = in.readDouble();
        e.followers = in.readLong();
        e.reshares = in.readLong();
        e.fingerprint = in.readLong();
        e.words = in.readInt();
        int topics = in.readInt();
        if (topics >= 0) {
            e.topics = new int[topics];
            for (int i = 0; i < topics; i++) e.topics[i] = in.readInt();
        }
        int terms = in.readInt();
        if (terms >= 0) {
            e.terms = new String[terms];
            for (int i = 0; i < terms; i++) e.terms[i] = StringValue.readString(in);
        }
        if ((flags & SAMPLE) != 0) {
            Sample s = new Sample();
            s.type = StringValue.readString(in);
            s.id = StringValue.readString(in);
            s.source = StringValue.readString(in);
            s.ts = in.readLong();
            s.author = StringValue.readString(in);
            s.followers = in.readLong();
            s.verified = (flags & SAMPLE_VERIFIED) != 0;
            s.text = StringValue.readString(in);
            s.sentiment = in.readDouble();
            e.sample = s;
        }
        return e;
    }

    @Override
    public ScoredEvent deserialize(ScoredEvent reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<ScoredEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The format has no parameters: any snapshot of it restores as is. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ScoredEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
