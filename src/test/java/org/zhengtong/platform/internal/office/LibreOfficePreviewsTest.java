package org.zhengtong.platform.internal.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The conversion around the converter, with shell scripts standing in for LibreOffice (the real one converts in
 * SharedFileOfficePreviewTest): the converter gets {@code source.<ext>}, never the uploader's name; a content is
 * converted once; what is no PDF, a converter that outlasts the timeout and a file over the size are refused (422)
 * and leave no work behind; the cache keeps to its size, the least recently shown going first.
 */
class LibreOfficePreviewsTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    @TempDir Path directory;

    @Test
    void convertsOnceFromASourceNamedByTheServer() throws IOException {
        LibreOfficePreviews previews = previews(converter("printf '%%PDF-1.7 made' > \"$out/source.pdf\""),
                Duration.ofSeconds(30), DataSize.ofMegabytes(1));

        assertThat(previews.previews("-outdir ..;.docx")).isTrue();
        assertThat(previews.previews("说明.pdf")).isFalse();
        byte[] pdf = previews.pdf("-outdir ..;.docx", SHA_A, () -> new ByteArrayInputStream(new byte[] {1, 2}));
        byte[] again = previews.pdf("-outdir ..;.docx", SHA_A, () -> {
            throw new AssertionError("a kept PDF is not converted again");
        });

        assertThat(new String(pdf, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7 made");
        assertThat(again).isEqualTo(pdf);
        List<String> calls = Files.readAllLines(directory.resolve("calls"));
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).startsWith("--headless ").endsWith("/source.docx").doesNotContain("..;");
        assertThat(workFolders()).isEmpty();
    }

    @Test
    void whatIsNoPdfIsRefused() throws IOException {
        LibreOfficePreviews previews = previews(converter("echo '<script>' > \"$out/source.pdf\""),
                Duration.ofSeconds(30), DataSize.ofMegabytes(1));

        assertThatThrownBy(() -> previews.pdf("表.xlsx", SHA_A, () -> new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(OfficeConversionRefused.class)
                .satisfies(e -> assertThat(((OfficeConversionRefused) e).status().value()).isEqualTo(422));
        assertThat(directory.resolve("cache").resolve(SHA_A + ".pdf")).doesNotExist();
        assertThat(workFolders()).isEmpty();
    }

    @Test
    void aConverterThatTakesTooLongIsStopped() throws IOException {
        LibreOfficePreviews previews = previews(converter(
                "echo $$ > \"$out/../../pid\"; sleep 60 & echo $! > \"$out/../../child\"; wait"),
                Duration.ofSeconds(2), DataSize.ofMegabytes(1));

        long started = System.nanoTime();
        assertThatThrownBy(() -> previews.pdf("慢.doc", SHA_A, () -> new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(OfficeConversionRefused.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        for (String process : List.of("pid", "child")) {
            long pid = Long.parseLong(Files.readString(directory.resolve(process)).strip());
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as(process).isNotEqualTo(Optional.of(true));
        }
        assertThat(workFolders()).isEmpty();
    }

    @Test
    void aFileOverTheSizeIsNotConverted() throws IOException {
        LibreOfficePreviews previews = previews(converter("printf '%%PDF-1.7' > \"$out/source.pdf\""),
                Duration.ofSeconds(30), DataSize.ofBytes(10));

        assertThatThrownBy(() -> previews.pdf("大.pptx", SHA_A, () -> new ByteArrayInputStream(new byte[11])))
                .isInstanceOf(OfficeConversionRefused.class);
        assertThat(directory.resolve("calls")).doesNotExist();
    }

    @Test
    void theCacheKeepsToItsSizeDroppingTheLeastRecentlyShown() throws IOException {
        Path script = converter("{ printf '%%PDF-'; head -c 600 /dev/zero; } > \"$out/source.pdf\"");
        LibreOfficePreviews previews = new LibreOfficePreviews(new OfficeProperties(script.toString(),
                Duration.ofSeconds(30), DataSize.ofMegabytes(1), directory.resolve("cache"), DataSize.ofBytes(1000)));

        previews.pdf("一.docx", SHA_A, () -> new ByteArrayInputStream(new byte[] {1}));
        previews.pdf("二.docx", SHA_B, () -> new ByteArrayInputStream(new byte[] {2}));

        assertThat(directory.resolve("cache").resolve(SHA_B + ".pdf")).exists();
        assertThat(directory.resolve("cache").resolve(SHA_A + ".pdf")).doesNotExist();
    }

    @Test
    void withoutAConverterNothingIsPreviewed() {
        LibreOfficePreviews previews = new LibreOfficePreviews(new OfficeProperties("", Duration.ofSeconds(30),
                DataSize.ofMegabytes(1), directory.resolve("cache"), DataSize.ofMegabytes(1)));
        LibreOfficePreviews missing = new LibreOfficePreviews(new OfficeProperties("no-such-office-zt",
                Duration.ofSeconds(30), DataSize.ofMegabytes(1), directory.resolve("cache"), DataSize.ofMegabytes(1)));

        assertThat(previews.previews("说明.docx")).isFalse();
        assertThat(missing.previews("说明.docx")).isFalse();
        assertThatThrownBy(() -> previews.pdf("说明.docx", SHA_A, () -> new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(OfficeConversionRefused.class);
    }

    private LibreOfficePreviews previews(Path converter, Duration timeout, DataSize maxSize) {
        return new LibreOfficePreviews(new OfficeProperties(converter.toString(), timeout, maxSize,
                directory.resolve("cache"), DataSize.ofMegabytes(10)));
    }

    /** A stand-in soffice: records its arguments, finds its --outdir and runs the given shell lines. */
    private Path converter(String body) throws IOException {
        Path script = directory.resolve("soffice");
        Files.writeString(script, """
                #!/bin/sh
                echo "$@" >> "%s"
                while [ $# -gt 1 ]; do [ "$1" = --outdir ] && out="$2"; shift; done
                %s
                """.formatted(directory.resolve("calls"), body));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private List<Path> workFolders() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("cache"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("work-")).toList();
        }
    }
}
