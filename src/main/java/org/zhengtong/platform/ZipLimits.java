package org.zhengtong.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Whether an uploaded zip container (OFD, DOCX, XLSX) may be handed to a library that unpacks it — ofdrw writes every
 * entry to disk, POI keeps the parts in memory, and neither limits what a small file may expand to. The entries are
 * inflated and counted here, never kept: at most {@value #MAX_ENTRIES} of them, {@code maxUnpackedBytes} in all, and
 * no more than {@value #MAX_RATIO} times the container's size once past a small grace (an inflation bomb).
 */
public final class ZipLimits {

    static final int MAX_ENTRIES = 10_000;
    static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private ZipLimits() {
    }

    /** False for a container over a limit, and for what is no readable zip at all. */
    public static boolean within(byte[] zip, long maxUnpackedBytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return false;
                }
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxUnpackedBytes
                            || total > RATIO_GRACE_BYTES && total / Math.max(1, zip.length) > MAX_RATIO) {
                        return false;
                    }
                }
            }
            return entries > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
