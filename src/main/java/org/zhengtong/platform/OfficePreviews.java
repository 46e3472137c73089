package org.zhengtong.platform;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Office files (Word, Excel, PowerPoint, WPS) shown in the browser as the PDF an office suite makes of them, when the
 * installation names one ({@code zhengtong.office.converter}, LibreOffice's {@code soffice}); without it they are only
 * downloaded. A content is converted once and its PDF kept ({@code zhengtong.office.cache-dir}), so the callers check
 * access before asking, as for the file itself.
 */
public interface OfficePreviews {

    /** Whether a file of this name is previewed: a converter is configured and the name is an Office type. */
    boolean previews(String fileName);

    /**
     * The PDF of the Office file whose bytes have this SHA-256 (lower-case hex), converted from {@code content} the
     * first time. Refused (422, {@code office.error.convert}) when the converter cannot read the file or takes longer
     * than {@code zhengtong.office.timeout}, and when {@link #previews} is false.
     */
    byte[] pdf(String fileName, String sha256, Supplier<InputStream> content);
}
