package dev.crisiswatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crisiswatch.config.CrisisConfig;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented default file must say every key, with the value the code really uses. */
class DefaultConfigTest {

    @Test
    void shouldDocumentEveryKeyWithItsRealDefault() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode code = json.valueToTree(CrisisConfig.defaults());
        JsonNode documented;
        try (InputStream in = getClass().getResourceAsStream("/crisis-default.yaml")) {
            documented = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<String> missing = new ArrayList<>();
        collectMissing("", code, documented, missing);
        assertThat(missing).as("keys missing from crisis-default.yaml").isEmpty();
        try (InputStream in = getClass().getResourceAsStream("/crisis-default.yaml")) {
            CrisisConfig parsed = CrisisConfig.parse(in, "crisis-default.yaml");
            JsonNode parsedTree = json.valueToTree(parsed);
            assertThat(parsedTree).isEqualTo(code);
        }
    }

    private static void collectMissing(String path, JsonNode code, JsonNode doc, List<String> missing) {
        if (!code.isObject()) return;
        for (Iterator<String> it = code.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (path.equals("actions.") || path.startsWith("kafka.properties")) continue;
            if (doc == null || !doc.has(f)) missing.add(path + f);
            else collectMissing(path + f + ".", code.get(f), doc.get(f), missing);
        }
    }
}
