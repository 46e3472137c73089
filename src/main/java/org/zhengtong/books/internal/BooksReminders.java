package org.zhengtong.books.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.OrgDirectory;

/**
 * 借阅提醒: on its cron ({@code zhengtong.books.reminder-cron}, daily by default; one node at a time) reminds a reader
 * whose loan falls due within {@code reminder-days}, and, once it is overdue, the reader and the unit's librarians.
 * Each reminder carries a key of loan, due date, kind and recipient, so each is sent once however often the sweep
 * runs; a renewal's new due date is reminded anew. Today is the application {@link Clock}'s.
 */
@Component
public class BooksReminders {

    private final LoanRepository loans;
    private final CopyRepository copies;
    private final BookRepository books;
    private final OrgDirectory directory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final BooksProperties properties;
    private final Clock clock;

    BooksReminders(LoanRepository loans, CopyRepository copies, BookRepository books, OrgDirectory directory,
                   Notifications notifications, MessageSource messages, BooksProperties properties, Clock clock) {
        this.loans = loans;
        this.copies = copies;
        this.books = books;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhengtong.books.reminder-cron}")
    @SchedulerLock(name = "books-reminders", lockAtMostFor = "PT10M")
    public void run() {
        sweep();
    }

    /** Reminds what falls due by today plus the reminder days, and what is overdue; returns how many it asked. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Loan loan : loans.findByReturnedAtIsNullAndDueOnLessThanEqualOrderById(
                today.plusDays(properties.reminderDaysOrDefault()))) {
            Copy copy = copies.findById(loan.getCopyId()).orElseThrow();
            String title = books.findById(copy.getBookId()).map(Book::getTitle).orElse(copy.getNumber());
            long days = ChronoUnit.DAYS.between(today, loan.getDueOn());
            if (days >= 0) {
                sent += remind(loan, "due", loan.getReader(), "books.reminder.dueTitle", "books.reminder.due",
                        title, copy.getNumber(), loan.getDueOn(), days);
            } else {
                sent += remind(loan, "overdue", loan.getReader(), "books.reminder.overdueTitle",
                        "books.reminder.overdue", title, copy.getNumber(), loan.getDueOn(), -days);
                for (String librarian : directory.usernamesWithPermission(loan.getUnitId(), BooksPermissions.MANAGE)) {
                    sent += remind(loan, "overdue", librarian, "books.reminder.overdueTitle",
                            "books.reminder.overdueLibrarian", title, directory.nameOf(loan.getReader()),
                            loan.getDueOn(), -days);
                }
            }
        }
        return sent;
    }

    private int remind(Loan loan, String what, String recipient, String titleKey, String bodyKey, String title,
                       String detail, LocalDate due, long days) {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        notifications.sendOnce(ReminderKind.LIBRARY,
                "books-" + what + ":" + loan.getId() + ":" + due + ":" + recipient, recipient,
                messages.getMessage(titleKey, new Object[] {title}, locale),
                messages.getMessage(bodyKey, new Object[] {title, detail, due.toString(), String.valueOf(days)},
                        locale),
                "/books/loans");
        return 1;
    }
}
