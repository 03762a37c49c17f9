package dev.crisiswatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.CompositeType;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.ObjectArrayTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

class TopicStatePojoTest {

    @Test
    void shouldBeAFlinkPojoWithoutAnyKryoField() {
        TypeInformation<TopicState> info = TypeInformation.of(TopicState.class);

        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        assertThat(genericFields(info, "TopicState")).isEmpty();
    }

    @Test
    void shouldMergeBucketsAsAFlinkPojoToo() {
        assertThat(TypeInformation.of(MinuteBucket.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(genericFields(TypeInformation.of(MinuteBucket.class), "MinuteBucket")).isEmpty();
    }

    private static List<String> genericFields(TypeInformation<?> info, String path) {
        List<String> out = new ArrayList<>();
        if (info instanceof GenericTypeInfo) out.add(path);
        if (info instanceof ObjectArrayTypeInfo<?, ?> arr) out.addAll(genericFields(arr.getComponentInfo(), path + "[]"));
        if (info instanceof CompositeType<?> ct) {
            for (int i = 0; i < ct.getArity(); i++) {
                String name = ct instanceof PojoTypeInfo<?> p ? p.getPojoFieldAt(i).getField().getName() : String.valueOf(i);
                out.addAll(genericFields(ct.getTypeAt(i), path + "." + name));
            }
        }
        return out;
    }
}
