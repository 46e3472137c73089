package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A plain container passes; an inflation bomb, too many entries, too much in all and what is no zip do not. */
class ZipLimitsTest {

    private static final long LIMIT = 64L * 1024 * 1024;

    @Test
    void anOrdinaryContainerPasses() throws IOException {
        assertThat(ZipLimits.within(zip(3, 20_000), LIMIT)).isTrue();
    }

    @Test
    void aSmallFileThatUnpacksToAHundredfoldOrMoreDoesNot() throws IOException {
        byte[] bomb = zip(1, 30 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(100 * 1024);
        assertThat(ZipLimits.within(bomb, LIMIT)).isFalse();
    }

    @Test
    void tooManyEntriesOrTooMuchInAllOrNoZipDoNot() throws IOException {
        assertThat(ZipLimits.within(zip(ZipLimits.MAX_ENTRIES + 1, 1), LIMIT)).isFalse();
        assertThat(ZipLimits.within(zip(2, 600_000), 1_000_000)).isFalse();
        assertThat(ZipLimits.within("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), LIMIT)).isFalse();
        assertThat(ZipLimits.within(new byte[] {'P', 'K', 3, 4, 9, 9, 9}, LIMIT)).isFalse();
    }

    /** Entries of zeros, except their first byte, so that they pack very small. */
    static byte[] zip(int entries, int bytesEach) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] chunk = new byte[64 * 1024];
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("Doc_0/Part" + e + ".xml"));
                zip.write('<');
                for (int left = bytesEach - 1; left > 0; left -= chunk.length) {
                    zip.write(chunk, 0, Math.min(left, chunk.length));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
