package org.zhengtong.mail.internal;

/**
 * Where a mail is moved, as pages and the API write it: {@code INBOX}, {@code TRASH} or {@code folder:<id>}.
 * Anything else is invalid input (400).
 */
public record Destination(Box box, Long folderId) {

    public static Destination parse(String text) {
        String to = text == null ? "" : text.strip();
        if (to.startsWith("folder:")) {
            try {
                return new Destination(Box.FOLDER, Long.parseLong(to.substring("folder:".length())));
            } catch (NumberFormatException e) {
                throw MailRefused.invalid("mail.error.destination");
            }
        }
        return switch (to) {
            case "INBOX" -> new Destination(Box.INBOX, null);
            case "TRASH" -> new Destination(Box.TRASH, null);
            default -> throw MailRefused.invalid("mail.error.destination");
        };
    }
}
