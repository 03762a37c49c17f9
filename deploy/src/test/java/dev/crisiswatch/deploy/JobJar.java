package dev.crisiswatch.deploy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

/** What the built job jar says about itself: its main class, and whether it accepts a command line. */
final class JobJar {
    private final Path jar;

    JobJar(Path jar) {
        this.jar = jar;
    }

    String mainClass() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Main-Class");
        }
    }

    /**
     * Parses the arguments with the job's own picocli command, loaded from the jar (nothing runs). Throws the
     * job's own message, e.g. "Unknown option: '--bootstrap-server'", when it would refuse them.
     */
    void parseArguments(String mainClass, List<String> args) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> commandLine = Class.forName("picocli.CommandLine", true, loader);
            Object job = Class.forName(mainClass, true, loader).getDeclaredConstructor().newInstance();
            Object command = commandLine.getConstructor(Object.class).newInstance(job);
            commandLine.getMethod("parseArgs", String[].class).invoke(command, (Object) args.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        }
    }
}
