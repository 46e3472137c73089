package org.zhengtong.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.zhengtong.platform.CurrentUser;

/**
 * Who may find an entry, as the index stores it: tokens for a person, everybody in a unit, or the holders of a role
 * (in one unit or anywhere). An entry is found by a person holding any of its tokens; names are literals, never
 * query syntax.
 */
public final class Readers {

    private Readers() {
    }

    public static String person(String username) {
        return "person:" + username;
    }

    public static String unit(long unitId) {
        return "unit:" + unitId;
    }

    /** The holders of the role in this unit, such as its unit administrators. */
    public static String role(String role, long unitId) {
        return "role:" + role + "@" + unitId;
    }

    /** The holders of the role wherever they are, such as the system administrators. */
    public static String role(String role) {
        return "role:" + role;
    }

    /** Every token the user holds. */
    public static Set<String> of(CurrentUser user) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(person(user.username()));
        if (user.unitId() != null) {
            tokens.add(unit(user.unitId()));
        }
        for (String role : user.roles()) {
            tokens.add(role(role));
            if (user.unitId() != null) {
                tokens.add(role(role, user.unitId()));
            }
        }
        return tokens;
    }
}
