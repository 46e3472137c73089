package org.zhengtong.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading the id out of a module's business keys ({@code "meeting:42"}): the module's prefix, then a number of at
 * most 18 digits. A key that does not have this shape names nothing, whatever it came from (a forged task, an old
 * engine row), and is never parsed further.
 */
public final class BusinessKeys {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private BusinessKeys() {
    }

    /** The id of a key with this prefix; empty when the key is null, has another prefix or no id. */
    public static Optional<Long> idOf(String businessKey, String prefix) {
        if (businessKey == null || !businessKey.startsWith(prefix)) {
            return Optional.empty();
        }
        String id = businessKey.substring(prefix.length());
        return ID.matcher(id).matches() ? Optional.of(Long.valueOf(id)) : Optional.empty();
    }

    /** The id after the key's prefix, whichever it is (up to the first colon): for a module with several kinds of key. */
    public static Optional<Long> idOf(String businessKey) {
        return businessKey == null ? Optional.empty()
                : idOf(businessKey, businessKey.substring(0, businessKey.indexOf(':') + 1));
    }

    /** The distinct ids of the keys with this prefix, leaving out every other key. */
    public static List<Long> idsOf(Collection<String> businessKeys, String prefix) {
        return businessKeys.stream().map(key -> idOf(key, prefix)).flatMap(Optional::stream).distinct().toList();
    }
}
