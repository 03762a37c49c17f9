package dev.crisiswatch.simulator.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crisiswatch.simulator.scenario.Weights;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The post and ticket texts (resource {@code templates.yaml}): groups of templates, and named mixes
 * of groups that incidents refer to by their {@code tone}.
 */
public final class TemplateLibrary {
    private static final String RESOURCE = "templates.yaml";
    private static final TemplateLibrary STANDARD = load();

    private final Map<String, List<Template>> groups;
    private final Map<String, Mix> mixes;

    /** Groups drawn by weight; {@code quotes} is the group reshare comments come from. */
    record Mix(Weights groups, String quotes) {}

    private TemplateLibrary(Map<String, List<Template>> groups, Map<String, Mix> mixes) {
        this.groups = groups;
        this.mixes = mixes;
    }

    public static TemplateLibrary standard() {
        return STANDARD;
    }

    public boolean hasMix(String name) {
        return mixes.containsKey(name);
    }

    public Set<String> mixNames() {
        return mixes.keySet();
    }

    Mix mix(String name) {
        Mix m = mixes.get(name);
        if (m == null) throw new IllegalArgumentException("unknown text mix '" + name + "'");
        return m;
    }

    List<Template> group(String name) {
        return groups.get(name);
    }

    private static TemplateLibrary load() {
        try (InputStream in = TemplateLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            LibraryFile f = new ObjectMapper(new YAMLFactory()).readValue(in, LibraryFile.class);
            Map<String, List<Template>> groups = new LinkedHashMap<>();
            f.groups.forEach((name, texts) -> {
                List<Template> parsed = new ArrayList<>(texts.size());
                for (String t : texts) parsed.add(Template.parse(t));
                groups.put(name, List.copyOf(parsed));
            });
            Map<String, Mix> mixes = new LinkedHashMap<>();
            f.mixes.forEach((name, m) -> {
                for (String g : m.groups.keySet()) {
                    if (!groups.containsKey(g)) throw new IllegalStateException("mix " + name + " names unknown group " + g);
                }
                if (m.quotes != null && !groups.containsKey(m.quotes)) {
                    throw new IllegalStateException("mix " + name + " names unknown quote group " + m.quotes);
                }
                mixes.put(name, new Mix(Weights.of(m.groups), m.quotes));
            });
            return new TemplateLibrary(Map.copyOf(groups), Map.copyOf(mixes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class LibraryFile {
        public Map<String, MixFile> mixes;
        public Map<String, List<String>> groups;
    }

    static final class MixFile {
        public Map<String, Double> groups;
        public String quotes;
    }
}
