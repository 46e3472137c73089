package org.zhengtong.books.internal;

import java.time.Instant;
import java.time.LocalDate;

/** What the pages and the API show of the library: names, not usernames. */
public final class Views {

    private Views() {
    }

    public record BookView(long id, String title, String authors, String publisher, Integer year, String isbn,
                           String category, Material material, String remarks, int copies, int available) {
    }

    /** A copy and, while lent, to whom until when. */
    public record CopyView(long id, long bookId, String number, String shelf, LocalDate acquiredOn, Long loanId,
                           String readerName, LocalDate dueOn) {

        public boolean lent() {
            return loanId != null;
        }
    }

    public record LoanView(long id, long bookId, String title, long copyId, String copyNumber, String shelf,
                           String reader, String readerName, String lentByName, Instant lentAt, LocalDate dueOn,
                           boolean renewed, Instant returnedAt, String returnedToName, boolean overdue) {
    }
}
