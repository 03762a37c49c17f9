package dev.crisiswatch.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The topics a brand watches, loaded from the catalog YAML file (CONTRACT section 2). */
public final class TopicCatalog implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<CatalogTopic> topics;
    private transient Map<String, Integer> indexById;

    public TopicCatalog(List<CatalogTopic> topics) {
        this.topics = List.copyOf(topics);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < this.topics.size(); i++) {
            CatalogTopic t = this.topics.get(i);
            if (t.id() == null || !ID.matcher(t.id()).matches()) {
                throw new IllegalArgumentException("catalog topic id must match [a-z0-9][a-z0-9-]*: " + t.id());
            }
            if (seen.put(t.id(), i) != null) {
                throw new IllegalArgumentException("catalog topic id appears twice: " + t.id());
            }
        }
    }

    public static TopicCatalog load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    public static TopicCatalog parse(InputStream in, String where) throws IOException {
        CatalogFile f = YAML.readValue(in, CatalogFile.class);
        if (f == null || f.topics == null) {
            throw new IOException(where + ": a catalog needs a 'topics:' list");
        }
        try {
            return new TopicCatalog(f.topics);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    public List<CatalogTopic> topics() {
        return topics;
    }

    public int size() {
        return topics.size();
    }

    public CatalogTopic get(int index) {
        return topics.get(index);
    }

    public Optional<CatalogTopic> byId(String id) {
        Integer i = index().get(id);
        return i == null ? Optional.empty() : Optional.of(topics.get(i));
    }

    /** Index of a topic id, or -1. */
    public int indexOf(String id) {
        Integer i = index().get(id);
        return i == null ? -1 : i;
    }

    private Map<String, Integer> index() {
        if (indexById == null) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < topics.size(); i++) m.put(topics.get(i).id(), i);
            indexById = m;
        }
        return indexById;
    }

    /** The YAML file's shape. */
    static final class CatalogFile {
        public List<CatalogTopic> topics;
    }
}
