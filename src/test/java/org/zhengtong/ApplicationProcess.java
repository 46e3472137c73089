package org.zhengtong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application, or one of its command-line modes, started as a separate JVM from the test classpath in a working
 * directory of its own (so {@code ./data} is that directory's), its output written to {@code output.log} there.
 */
public final class ApplicationProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ApplicationProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static ApplicationProcess start(Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), ZhengTongApplication.class.getName()));
        command.addAll(List.of(arguments));
        Path log = workingDirectory.resolve("output.log");
        try {
            Files.createDirectories(workingDirectory);
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ApplicationProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit code, once the process has ended within the time given. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
