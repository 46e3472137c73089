package org.zhengtong.petition.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Checks of a petitioner's 身份证号码 (GB 11643-1999: 17 digits, the birth date in them, and the ISO 7064 MOD 11-2
 * check character) and phone number (a mainland mobile, or a landline with its area code).
 */
final class PersonalData {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private PersonalData() {
    }

    /** The number in its stored form (upper-case X), or null when it is no valid 身份证号码. */
    static String idNumber(String value) {
        if (value == null) {
            return null;
        }
        String number = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!number.matches("\\d{17}[\\dX]")) {
            return null;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            if (birth.getYear() < 1900) {
                return null;
            }
        } catch (DateTimeException e) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == number.charAt(17) ? number : null;
    }

    /** The phone number without spaces, or null when it is neither a mobile nor a landline number. */
    static String phone(String value) {
        if (value == null) {
            return null;
        }
        String phone = value.replace(" ", "").strip();
        return phone.matches("1[3-9]\\d{9}") || phone.matches("0\\d{2,3}-?\\d{7,8}") ? phone : null;
    }

    /** The number with the middle hidden, for lists and logs: 4301**********1234. */
    static String masked(String idNumber) {
        return idNumber == null || idNumber.length() < 8 ? "" : idNumber.substring(0, 4)
                + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }
}
