package dev.crisiswatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalog of the size the issue asks for: the scenario catalogs' real topics, then synthetic product
 * lines of a retailer up to {@code size}, each with keywords, a hashtag and a complaint category. Every
 * topic has a hashtag that the loader appends to the posts it assigns to the topic.
 */
final class BenchCatalog {
    private static final String[] LINES = {"kettle", "toaster", "blender", "router", "headphones", "laptop",
            "fridge", "washer", "drill", "sofa", "mattress", "stroller", "scooter", "camera", "printer", "monitor",
            "speaker", "vacuum", "heater", "lamp"};
    private static final String[] SERIES = {"aero", "brio", "cora", "delta", "echo", "flux", "gala", "halo",
            "iris", "juno", "kilo", "luma", "mira", "nova", "orca", "pico", "quad", "rhea", "sola", "tera"};

    final List<String> hashtags = new ArrayList<>();

    /** Writes the catalog: the real topics of {@code realCatalogs} first, synthetic ones after. */
    static BenchCatalog write(List<Path> realCatalogs, int size, Path out) throws IOException {
        BenchCatalog c = new BenchCatalog();
        StringBuilder yaml = new StringBuilder("# Benchmark catalog: scenario catalogs plus synthetic product lines.\n"
                + "topics:\n");
        int real = 0;
        for (Path p : realCatalogs) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.startsWith("topics:") || line.startsWith("#") || line.isBlank()) continue;
                yaml.append(line).append('\n');
                if (line.trim().startsWith("- id:")) real++;
            }
        }
        for (int i = 0; i < real; i++) c.hashtags.add(null); // real topics: their texts match by themselves
        for (int i = real; i < size; i++) {
            String line = LINES[i % LINES.length];
            String series = SERIES[(i / LINES.length) % SERIES.length];
            String model = series + " " + line + " " + (100 + i);
            String tag = "#" + series + line + (100 + i);
            c.hashtags.add(tag);
            yaml.append("  - id: shop-").append(series).append('-').append(line).append('-').append(100 + i).append('\n')
                    .append("    name: Shop ").append(model).append('\n')
                    .append("    keywords: [\"").append(model).append("\", \"").append(model).append(" refund\"]\n")
                    .append("    hashtags: [\"").append(tag).append("\"]\n")
                    .append("    categories: [\"").append(line).append("-").append(i).append("\"]\n")
                    .append("    owners: [\"pr-oncall\"]\n");
        }
        Files.writeString(out, yaml, StandardCharsets.UTF_8);
        return c;
    }

    int size() {
        return hashtags.size();
    }
}
