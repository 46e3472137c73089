package org.zhengtong.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999): 6 digits of the place, the birth date as yyyyMMdd, a 3-digit sequence whose last
 * digit is odd for men and even for women, and a check character (ISO 7064 MOD 11-2: 0-9 or X).
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    /** The number as stored: trimmed, a lower-case x made upper; null when blank. */
    public static String normalized(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether the number has 18 characters, a real birth date and the right check character. */
    public static boolean valid(String number) {
        if (number == null || !number.matches("[1-9]\\d{16}[0-9X]")) {
            return false;
        }
        return birthDate(number).isPresent() && checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date the number carries, if it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The 17th digit is odd for men, even for women. */
    public static boolean male(String number) {
        return (number.charAt(16) - '0') % 2 == 1;
    }

    /** The number with its middle hidden, for lists: 4301**********1234. */
    public static String masked(String number) {
        return number == null || number.length() < 8 ? "" : number.substring(0, 4)
                + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }
}
