package org.zhengtong.books.internal;

/**
 * ISBN-10 and ISBN-13 (GB/T 5795) with their check digits: hyphens and spaces are dropped, ISBN-10's check may be X;
 * a number whose check digit does not agree is no ISBN.
 */
final class Isbn {

    private Isbn() {
    }

    /** The ISBN as stored (digits, X upper case), or null when the text is no valid ISBN-10 or ISBN-13. */
    static String normalized(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (digits.matches("\\d{9}[\\dX]")) {
            return checks10(digits) ? digits : null;
        }
        if (digits.matches("97[89]\\d{10}")) {
            return checks13(digits) ? digits : null;
        }
        return null;
    }

    private static boolean checks10(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            sum += (10 - i) * (c == 'X' ? 10 : c - '0');
        }
        return sum % 11 == 0;
    }

    private static boolean checks13(String digits) {
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (digits.charAt(i) - '0');
        }
        return sum % 10 == 0;
    }
}
