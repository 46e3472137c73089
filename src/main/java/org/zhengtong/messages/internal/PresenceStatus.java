package org.zhengtong.messages.internal;

/** How a person shows in 在线联络; the names are {@code messages.presence.<STATUS>}. */
public enum PresenceStatus {
    /** Did something in the last minutes (a page, an API call, a login). */
    ONLINE,
    /** Registered out of the office now (外出登记), and not active. */
    OUT,
    /** Has a page open but has done nothing for longer than {@code zhengtong.messages.away-after}. */
    AWAY,
    OFFLINE
}
