package org.zhengtong.workflow.internal;

/** The CJK font process diagrams are drawn with (Debian fonts-wqy-microhei; installed by .ci/run and the README). */
final class DiagramFonts {

    static final String NAME = "WenQuanYi Micro Hei";

    private DiagramFonts() {
    }
}
