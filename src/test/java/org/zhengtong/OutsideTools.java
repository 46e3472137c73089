package org.zhengtong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The outside tools produced files are checked with (poppler's pdfsig and pdftoppm, OpenSSL). A test that needs one
 * is skipped, by an assumption, only where the tool is not installed.
 */
public final class OutsideTools {

    private OutsideTools() {
    }

    /** Skips the calling test unless the tool is on the PATH. */
    public static void assumeInstalled(String tool) {
        boolean found = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
        assumeTrue(found, tool + " is not installed");
    }

    /** pdfsig's report on the PDF (signatures, their validity, signed ranges). */
    public static String pdfsig(byte[] pdf) throws IOException {
        Path dir = Files.createTempDirectory("pdfsig");
        try {
            Path file = Files.write(dir.resolve("in.pdf"), pdf);
            return run(dir, "pdfsig", file.toString());
        } finally {
            delete(dir);
        }
    }

    /** One page of the PDF (from 1) rendered by pdftoppm at the resolution. */
    public static BufferedImage render(byte[] pdf, int page, int dpi) throws IOException {
        Path dir = Files.createTempDirectory("pdftoppm");
        try {
            Path file = Files.write(dir.resolve("in.pdf"), pdf);
            run(dir, "pdftoppm", "-r", String.valueOf(dpi), "-f", String.valueOf(page), "-l", String.valueOf(page),
                    "-png", "-singlefile", file.toString(), dir.resolve("page").toString());
            return ImageIO.read(dir.resolve("page.png").toFile());
        } finally {
            delete(dir);
        }
    }

    /** Runs a command in the directory and returns its output; fails the test when it does not exit with 0. */
    public static String run(Path dir, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finishes", command[0]).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertThat(process.exitValue()).as("%s exit code, output:%n%s", String.join(" ", command), output).isZero();
        return output;
    }

    public static void delete(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
