package org.zhengtong.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.springframework.stereotype.Component;

/**
 * Finds names by what people type for them: initials ("zs" for 张三), full pinyin ("zhangsan"), or a mix of both
 * ("zhangs"), from the start of the name (通讯录) or for the whole name (综合检索). A character with several readings (曾 zeng/ceng, 单 shan/dan) matches by
 * any of them. The readings of each name are computed once and kept: a city has some ten thousand names, so the
 * cache stays small, while the directory itself is always read fresh from the organization.
 */
@Component
public class NamePinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private static final Pattern PINYIN_LIKE = Pattern.compile("[a-z0-9]*[a-z][a-z0-9]*");

    private final Map<String, List<Set<String>>> readingsByName = new ConcurrentHashMap<>();

    /** Whether what was typed could be pinyin at all (latin letters, digits among them): else no name is read. */
    public static boolean mayBePinyin(String typed) {
        return PINYIN_LIKE.matcher(typed.toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether the query (latin letters, any case) is the pinyin of the name or of its beginning. */
    public boolean matches(String name, String query) {
        return matches(name, query, false);
    }

    /** Whether the query is the pinyin of the whole name: "zs" is 张三's, not 张三丰's. */
    public boolean matchesWhole(String name, String query) {
        return matches(name, query, true);
    }

    private boolean matches(String name, String query, boolean whole) {
        String typed = query.toLowerCase(Locale.ROOT);
        return !typed.isEmpty()
                && matchesFrom(readingsByName.computeIfAbsent(name, NamePinyin::readings), typed, 0, 0, whole);
    }

    /** Each character takes its whole reading, its first letter, or (the last one typed) a beginning of it. */
    private static boolean matchesFrom(List<Set<String>> readings, String typed, int at, int character,
                                       boolean whole) {
        if (at == typed.length()) {
            return !whole || character == readings.size();
        }
        if (character == readings.size()) {
            return false;
        }
        String rest = typed.substring(at);
        boolean lastCharacter = character == readings.size() - 1;
        for (String reading : readings.get(character)) {
            if (reading.startsWith(rest) && (!whole || lastCharacter)
                    || rest.startsWith(reading)
                    && matchesFrom(readings, typed, at + reading.length(), character + 1, whole)
                    || rest.charAt(0) == reading.charAt(0) && matchesFrom(readings, typed, at + 1, character + 1, whole)) {
                return true;
            }
        }
        return false;
    }

    private static List<Set<String>> readings(String name) {
        List<Set<String>> readings = new ArrayList<>();
        for (char c : name.strip().toCharArray()) {
            Set<String> forChar = new LinkedHashSet<>();
            try {
                String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
                if (pinyin != null) {
                    forChar.addAll(List.of(pinyin));
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException("the pinyin format above is a valid combination", e);
            }
            if (forChar.isEmpty() && Character.isLetterOrDigit(c)) {
                forChar.add(String.valueOf(Character.toLowerCase(c)));
            }
            if (!forChar.isEmpty()) {
                readings.add(forChar);
            }
        }
        return readings;
    }
}
