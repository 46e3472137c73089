package org.zhengtong.platform;

/**
 * Gapless counters (发文字号, 收文编号, 件号 …): one row per name and key, locked while a value is taken inside the
 * caller's transaction, so values are unique and a rollback gives the value back. The key usually carries the year
 * ({@code 财预/2026}); a new key starts at 1.
 */
public interface Sequences {

    /** The next value of the counter; needs the caller's transaction, which holds the counter's lock until it ends. */
    int next(String name, String key);

    /**
     * Locks the counter without taking a value (creating it at 0 if new) and returns the last value given, for callers
     * that decide under the lock whether to take one (a released reservation is given out first, say).
     */
    int lock(String name, String key);
}
