package org.zhengtong.platform;

import java.util.regex.Pattern;

/** Telephone numbers as people write them: a mainland mobile, or a landline with or without its area code and extension. */
public final class PhoneNumbers {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|\\d{7,8}");
    private static final int MAX_LENGTH = 30;

    private PhoneNumbers() {
    }

    /** The number without spaces and brackets, or null when it is blank or no phone number. */
    public static String normalized(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.replaceAll("[\\s()（）]", "");
        return number.length() <= MAX_LENGTH && PHONE.matcher(number).matches() ? number : null;
    }
}
