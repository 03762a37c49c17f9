package dev.crisiswatch.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository and the jars the build made (set by the deploy pom, with fallbacks). */
final class Repo {
    static final Path ROOT = Path.of(System.getProperty("crisis.repoRoot", "..")).toAbsolutePath().normalize();

    private Repo() {}

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    /** The shaded job jar of this build (job/${build.dir.name}), else the default job/target one. */
    static Path jobJar() {
        return existing("crisis.jobJar", "job/target/crisis-job.jar");
    }

    static Path simulatorJar() {
        return existing("crisis.simulatorJar", "simulator/target/crisis-simulator.jar");
    }

    private static Path existing(String property, String fallback) {
        String configured = System.getProperty(property);
        if (configured != null && Files.isRegularFile(Path.of(configured))) return Path.of(configured);
        Path p = file(fallback);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("no " + fallback + "; build it first: ./mvnw -q -B -DskipTests package");
        }
        return p;
    }
}
