package org.zhengtong.platform.internal.office;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.zhengtong.platform.FileTypes;
import org.zhengtong.platform.OfficePreviews;

/**
 * {@link OfficePreviews} by LibreOffice run headless, one conversion at a time: a LibreOffice profile serves one
 * process, and on a small server two conversions at once would only slow each other down. The converter never sees
 * the uploader's file name (an option in disguise, a path): it reads {@code source.<extension>} in a folder of its
 * own, and what it writes counts only if it is a PDF. A conversion that outlasts the timeout is killed with the
 * processes it started. PDFs are kept under their content's SHA-256 and the least recently shown are removed when
 * the cache outgrows its size.
 */
@Component
@EnableConfigurationProperties(OfficeProperties.class)
class LibreOfficePreviews implements OfficePreviews {

    private static final Logger log = LoggerFactory.getLogger(LibreOfficePreviews.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final OfficeProperties properties;
    private final Optional<Path> converter;
    private final Path cache;
    private final Semaphore oneAtATime = new Semaphore(1, true);

    LibreOfficePreviews(OfficeProperties properties) {
        this.properties = properties;
        this.converter = located(properties.converter());
        this.cache = properties.cacheDir().toAbsolutePath().normalize();
        removeUnfinishedWork();
        if (properties.converter() != null && !properties.converter().isBlank() && converter.isEmpty()) {
            log.warn("zhengtong.office.converter={} is not an executable file; Office files are only downloaded",
                    properties.converter());
        }
    }

    @Override
    public boolean previews(String fileName) {
        return converter.isPresent() && FileTypes.office(fileName);
    }

    @Override
    public byte[] pdf(String fileName, String sha256, Supplier<InputStream> content) {
        if (!previews(fileName) || sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new OfficeConversionRefused();
        }
        Path pdf = cache.resolve(sha256 + ".pdf");
        try {
            try {
                Files.setLastModifiedTime(pdf, FileTime.fromMillis(System.currentTimeMillis()));
                return Files.readAllBytes(pdf);
            } catch (NoSuchFileException notYet) {
                return convertOnce(FileTypes.extension(fileName), content, pdf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts unless another request did while this one waited, and reads the PDF before the cache is pruned again. */
    private byte[] convertOnce(String extension, Supplier<InputStream> content, Path pdf) throws IOException {
        try {
            if (!oneAtATime.tryAcquire(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OfficeConversionRefused();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OfficeConversionRefused();
        }
        try {
            if (!Files.exists(pdf)) {
                convert(extension, content, pdf);
                pruneCache();
            }
            return Files.readAllBytes(pdf);
        } finally {
            oneAtATime.release();
        }
    }

    private void convert(String extension, Supplier<InputStream> content, Path pdf) throws IOException {
        Files.createDirectories(cache);
        Path work = Files.createTempDirectory(cache, "work-");
        try {
            Path source = work.resolve("source." + extension);
            try (InputStream in = content.get()) {
                if (Files.copy(in, source) > properties.maxSize().toBytes()) {
                    throw new OfficeConversionRefused();
                }
            }
            run(List.of(converter.orElseThrow().toString(), "--headless", "--norestore", "--nolockcheck",
                    "-env:UserInstallation=" + cache.resolve("profile").toUri(), "--convert-to", "pdf",
                    "--outdir", work.toString(), source.toString()), work.resolve("converter.log"));
            Path made = work.resolve("source.pdf");
            if (!Files.exists(made) || !startsWithPdf(made)) {
                log.warn("LibreOffice made no PDF of a .{} file: {}", extension,
                        Files.readString(work.resolve("converter.log"), StandardCharsets.UTF_8).strip());
                throw new OfficeConversionRefused();
            }
            Files.move(made, pdf, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The folders of conversions a stopped process left behind: no conversion runs before this bean exists. */
    private void removeUnfinishedWork() {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> files = Files.list(cache)) {
            for (Path work : files.filter(f -> f.getFileName().toString().startsWith("work-")).toList()) {
                FileSystemUtils.deleteRecursively(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> command, Path logFile) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile())
                .start();
        try {
            if (!process.waitFor(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                log.warn("LibreOffice took longer than {} and was stopped", properties.timeout());
                throw new OfficeConversionRefused();
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new OfficeConversionRefused();
        }
    }

    /** Kills the converter and what it started, and waits (a little) until they are gone. */
    private static void kill(Process process) {
        List<ProcessHandle> started = process.descendants().toList();
        started.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
            for (ProcessHandle child : started) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("LibreOffice did not end within 10 s of being killed", e);
        }
    }

    private static boolean startsWithPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PDF.length), PDF);
        }
    }

    /** Removes the least recently shown PDFs until the rest fit in {@code cache-size}. */
    private void pruneCache() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(cache)) {
            pdfs = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".pdf")).toList());
        }
        pdfs.sort(Comparator.comparing(LibreOfficePreviews::lastModified));
        long total = 0;
        for (Path pdf : pdfs) {
            total += Files.size(pdf);
        }
        for (int i = 0; total > properties.cacheSize().toBytes() && i < pdfs.size() - 1; i++) {
            total -= Files.size(pdfs.get(i));
            Files.deleteIfExists(pdfs.get(i));
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The converter's executable: the path given, or the first of that name on the PATH. */
    static Optional<Path> located(String converter) {
        if (converter == null || converter.isBlank()) {
            return Optional.empty();
        }
        Stream<Path> candidates = converter.contains(File.separator) ? Stream.of(Path.of(converter))
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank()).map(directory -> Path.of(directory, converter));
        return candidates.filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }
}
