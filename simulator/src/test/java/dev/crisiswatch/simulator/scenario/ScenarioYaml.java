package dev.crisiswatch.simulator.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small scenario files for tests: a two-topic coffee-chain catalog inline, plus what the test adds. */
public final class ScenarioYaml {
    public static final String HEADER = """
            name: test-scenario
            description: a small scenario written by a test
            start: 2026-03-02T00:00:00Z
            zone: UTC
            brand: {name: Brewly, handles: ["@brewly"], products: ["flat white", "loyalty card"]}
            catalog:
              topics:
                - id: brewly-app
                  keywords: ["brewly app", "brewly order ahead"]
                  hashtags: ["#brewlyapp"]
                  handles: ["@brewlyhelp"]
                  categories: ["app"]
                - id: brewly-stores
                  keywords: ["brewly store", "brewly barista"]
                  hashtags: ["#brewlystores"]
                  categories: ["stores"]
            """;

    private ScenarioYaml() {}

    /** Writes {@link #HEADER} plus {@code body} and loads it. */
    public static Scenario load(Path dir, String body) throws IOException {
        return Scenario.load(write(dir, body));
    }

    public static Path write(Path dir, String body) throws IOException {
        Path file = dir.resolve("test-scenario.yaml");
        Files.writeString(file, HEADER + body);
        return file;
    }
}
