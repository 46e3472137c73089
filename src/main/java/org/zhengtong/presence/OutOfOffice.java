package org.zhengtong.presence;

import java.util.Collection;
import java.util.Set;

/**
 * Who is registered out of the office (外出, 出差, 请假) at this moment, for other modules (在线联络's presence): a
 * registration counts from its leaving until its return is registered — someone late is still out — and one withdrawn
 * before she left never counted. Says nothing of where or why; that stays with 外出情况查询's rules.
 */
public interface OutOfOffice {

    /** Those of the given usernames who are out now. */
    Set<String> outNow(Collection<String> usernames);

    default boolean isOut(String username) {
        return outNow(Set.of(username)).contains(username);
    }
}
