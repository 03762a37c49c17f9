package dev.crisiswatch.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a script or tool to completion; stderr goes to a log, stdout is the result. */
final class Command {
    private final Path logDir;
    private final Map<String, String> env;

    Command(Path logDir, Map<String, String> env) {
        this.logDir = logDir;
        this.env = env;
    }

    String run(Duration timeout, String... command) throws IOException, InterruptedException {
        return run(timeout, List.of(command));
    }

    String run(Duration timeout, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path stderr = logDir.resolve(Path.of(command.get(0)).getFileName() + ".stderr.log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .directory(Repo.ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within " + timeout);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue()
                    + "; stderr: " + tail(stderr));
        }
        return new String(out, StandardCharsets.UTF_8).trim();
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
