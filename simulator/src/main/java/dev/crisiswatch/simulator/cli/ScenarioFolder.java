package dev.crisiswatch.simulator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files `generate` writes into a scenario folder, and how to find scenario folders. */
record ScenarioFolder(Path dir) {
    static final String TRUTH = "truth.json";

    Path truth() {
        return dir.resolve(TRUTH);
    }

    Path mentions() {
        return dir.resolve("mentions.jsonl");
    }

    Path complaints() {
        return dir.resolve("complaints.jsonl");
    }

    Path catalog() {
        return dir.resolve("catalog.yaml");
    }

    /**
     * The truth files named: a file as is, a folder holding truth.json, or a folder of such folders
     * (sorted by name).
     */
    static List<Path> truthFiles(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                out.add(p);
            } else if (Files.isRegularFile(p.resolve(TRUTH))) {
                out.add(p.resolve(TRUTH));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> children = Files.list(p)) {
                    children.map(c -> c.resolve(TRUTH)).filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                throw new IOException("no truth file at " + p);
            }
        }
        if (out.isEmpty()) throw new IOException("no truth.json found under " + paths);
        return out;
    }

    static Path existing(Path p) {
        return p != null && Files.exists(p) ? p : null;
    }
}
