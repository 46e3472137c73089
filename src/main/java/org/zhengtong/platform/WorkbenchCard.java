package org.zhengtong.platform;

import java.util.Optional;

/**
 * A tile on the home page (工作台). Each module contributes beans of this type; a tile shows only to the users
 * it returns a value for.
 */
public interface WorkbenchCard {

    /** Where the card sits; lower first. */
    int order();

    Optional<Tile> tileFor(CurrentUser user);

    /** A count with a link, e.g. "待审批账号申请 3". The title is a message key. */
    record Tile(String titleKey, String icon, String link, long count) {
    }
}
