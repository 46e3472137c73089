package org.zhengtong.document.internal.form;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fonts of printed forms ({@code zhengtong.fonts.*}, defaults in application.yml). PDFBox embeds TrueType
 * outlines (a {@code glyf} table) only, so both must be TrueType files ({@code .ttf}) or collections ({@code .ttc},
 * whose first font is used); OpenType/CFF CJK fonts such as Noto CJK do not work.
 *
 * @param song 宋体 for the form's text (Debian fonts-arphic-gbsn00lp)
 * @param hei  黑体 for headings and labels (Debian fonts-wqy-microhei); each also covers the characters the other
 *             lacks
 */
@ConfigurationProperties("zhengtong.fonts")
record FontProperties(Path song, Path hei) {
}
