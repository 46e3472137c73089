package org.zhengtong.platform.internal.office;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhengtong.office.*}: the Office previews.
 *
 * @param converter LibreOffice's {@code soffice}, a path or a name looked up on the PATH; blank: no previews
 * @param timeout   how long one conversion may take before it is stopped and refused
 * @param maxSize   the largest file converted (larger ones are only downloaded)
 * @param cacheDir  where the PDFs are kept, one per content; they can be made again, so backups leave them out
 * @param cacheSize how much the kept PDFs may take; the least recently shown go first
 */
@ConfigurationProperties("zhengtong.office")
record OfficeProperties(String converter, Duration timeout, DataSize maxSize, Path cacheDir, DataSize cacheSize) {
}
