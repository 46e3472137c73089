package org.zhengtong.document.internal;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Rich text from the editor goes through jsoup's safelist: formatting, tables and lists stay; scripts, event
 * handlers, styles and foreign URLs go (the stored-XSS lesson of our peers).
 */
@Component
class BodySanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("p", "align")
            .addAttributes("td", "align")
            .addTags("s", "hr");

    String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, SAFELIST).strip();
    }
}
