package org.zhengtong.platform;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Rich text from the editor ({@code textarea[data-rich-text]}, the 公文 body, a mail) goes through jsoup's safelist:
 * formatting, quotations, tables and lists stay; scripts, event handlers, styles, images and foreign URLs go (the
 * stored-XSS lesson of our peers). Every module that keeps or shows such text cleans it here, on the way in and
 * again wherever it is shown with {@code th:utext}.
 */
public final class RichText {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("p", "align")
            .addAttributes("td", "align")
            .addTags("s", "hr");

    private RichText() {
    }

    /** The HTML with only what the safelist allows; empty for null. */
    public static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, SAFELIST).strip();
    }

    /** The words of the HTML without markup, for the full-text index and plain-text previews. */
    public static String text(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text();
    }
}
