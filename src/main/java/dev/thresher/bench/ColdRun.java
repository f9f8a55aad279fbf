package dev.thresher.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the command line in new JVMs and times them, JVM start included: what a user who runs
 * {@code java -jar thresher.jar ...} waits for. The command is this JVM's {@code java} with
 * {@code -jar JAR} when the main class was loaded from a jar, else with {@code -cp CLASSPATH MAIN}.
 */
public final class ColdRun {
    /**
     * System property: the class path of the new JVMs when the main class is not in a jar
     * (default: {@code java.class.path}). The build sets it for tests to the command line's class
     * path, without the test-only and provided dependencies.
     */
    public static final String CLASS_PATH_PROPERTY = "thresher.cli.classpath";

    private final List<String> launcher;
    private final boolean fromJar;

    private ColdRun(List<String> launcher, boolean fromJar) {
        this.launcher = List.copyOf(launcher);
        this.fromJar = fromJar;
    }

    /** Runs of {@code mainClass}: its jar with {@code -jar}, or {@code -cp} and its name when it is not in a jar. */
    public static ColdRun of(Class<?> mainClass) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        Path jar = codeSource(mainClass);
        boolean fromJar = jar != null && Files.isRegularFile(jar) && jar.toString().endsWith(".jar");
        if (fromJar) {
            command.add("-jar");
            command.add(jar.toString());
        } else {
            command.add("-cp");
            command.add(System.getProperty(CLASS_PATH_PROPERTY, System.getProperty("java.class.path")));
            command.add(mainClass.getName());
        }
        return new ColdRun(command, fromJar);
    }

    /** The command up to the main class's arguments: {@code java -jar JAR} or {@code java -cp CLASSPATH MAIN}. */
    public List<String> launcher() {
        return launcher;
    }

    /** Whether the new JVMs run a jar ({@code -jar}), as users do, rather than a class path. */
    public boolean fromJar() {
        return fromJar;
    }

    /** The full command with {@code args} after the launcher. */
    public List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(args);
        return command;
    }

    /**
     * Runs the command with {@code args} once, standard output discarded, and returns its wall
     * time in seconds, from before the process starts until it has exited.
     *
     * @throws IllegalStateException when the process exits with a non-zero code, with the last
     *                               line it wrote to standard error
     */
    public double seconds(List<String> args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(args))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err;
        // Standard output goes nowhere, so reading standard error to its end cannot block the process.
        try (InputStream in = process.getErrorStream()) {
            err = in.readAllBytes();
        }
        int code = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            String last = new String(err, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .reduce((a, b) -> b).orElse("(nothing on stderr)");
            throw new IllegalStateException("cold run exited with " + code + ": " + last);
        }
        return seconds;
    }

    /** This JVM's executable, else {@code java.home/bin/java}. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path codeSource(Class<?> c) {
        var source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
