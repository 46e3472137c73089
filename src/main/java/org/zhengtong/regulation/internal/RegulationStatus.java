package org.zhengtong.regulation.internal;

/**
 * 现行有效, 已修订 (a newer version revises it) or 已废止 (repealed by another, or its 废止日期 has come): never stored,
 * always derived from the links and today's date (the same rule in {@link Regulation#status} and the repository's
 * query).
 */
public enum RegulationStatus {
    IN_FORCE, REVISED, REPEALED;

    public String messageKey() {
        return "regulation.status." + name();
    }
}
