package org.zhengtong.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The fonts every printed output embeds (办文单, the red-header 公文, the 归档章 and the catalogue):
 * {@code zhengtong.fonts.*}, bound once as part of {@link PlatformProperties} and a bean of its own. PDFBox embeds TrueType outlines (a {@code glyf} table) only, so each must be a TrueType file ({@code .ttf}) or
 * collection ({@code .ttc}, whose first font is used); OpenType/CFF CJK fonts such as Noto CJK do not work.
 * Administrators with licensed fonts (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体) point these settings at them.
 *
 * @param song         宋体 for the form's text and the 公文's page numbers (Debian fonts-arphic-gbsn00lp)
 * @param hei          黑体 for headings and labels (Debian fonts-wqy-microhei); each also covers the characters the
 *                     other lacks
 * @param fangsong     仿宋 of the 公文's text; no open TrueType 仿宋 with simplified characters exists in Debian, so
 *                     it defaults to the 宋体 (unset: the 宋体)
 * @param xiaobiaosong 小标宋 of the 发文机关标志 and the title (unset: the 宋体)
 * @param kai          楷体 of second-level headings and the 签发人's name (Debian fonts-arphic-gkai00mp; unset: the 宋体)
 */
public record FontProperties(Path song, Path hei, Path fangsong, Path xiaobiaosong, Path kai) {

    @ConstructorBinding
    public FontProperties {
    }

    public FontProperties(Path song, Path hei) {
        this(song, hei, null, null, null);
    }

    @Override
    public Path fangsong() {
        return fangsong == null ? song : fangsong;
    }

    @Override
    public Path xiaobiaosong() {
        return xiaobiaosong == null ? song : xiaobiaosong;
    }

    @Override
    public Path kai() {
        return kai == null ? song : kai;
    }
}
