package dev.crisiswatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads Kubernetes manifests (several documents per file) and config files as trees. */
final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {}

    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> docs = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
            return docs.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isMissingNode()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode single(Path file, String kind) {
        List<JsonNode> matching = documents(file).stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
        if (matching.size() != 1) throw new IllegalStateException(file + " holds " + matching.size() + " " + kind);
        return matching.get(0);
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every leaf of a tree as a dotted path, with its node. An empty mapping (`properties: {}`) is a leaf too:
     * it marks a free-form map whose keys are the user's.
     */
    static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> out = new TreeMap<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> out) {
        if (!node.isObject() || node.isEmpty()) {
            out.put(path, node);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
        }
    }
}
