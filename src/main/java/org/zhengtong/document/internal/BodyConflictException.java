package org.zhengtong.document.internal;

import org.zhengtong.platform.BusinessRuleException;

/**
 * A body save refused because someone saved a later version after the editor was opened: "正文已被某某修改（第N版）".
 *
 * @param baseVersion    the version the editor started from
 * @param currentVersion the version saved meanwhile, now current
 */
public class BodyConflictException extends BusinessRuleException {

    private final int baseVersion;
    private final int currentVersion;

    BodyConflictException(int baseVersion, int currentVersion, String authorName) {
        super("document.error.bodyConflict", authorName, currentVersion);
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
    }

    public int baseVersion() {
        return baseVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
