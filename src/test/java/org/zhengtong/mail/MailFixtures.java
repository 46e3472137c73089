package org.zhengtong.mail;

import java.util.List;
import org.springframework.data.domain.Page;
import org.zhengtong.AsUser;
import org.zhengtong.mail.internal.Box;
import org.zhengtong.mail.internal.MailEntry;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.mail.internal.MailService.Composition;

/** Mail sent and found through the service, as its users would. */
record MailFixtures(MailService mail, AsUser as) {

    long send(String from, String subject, List<String> to) {
        return as.call(from, () -> mail.send(null, new Composition(subject, "<p>" + subject + "</p>", to, List.of(),
                List.of(), List.of(), null)));
    }

    /** The entry of the mail with this subject in the user's box. */
    long entry(String owner, Box box, String subject) {
        return entries(owner, box).stream().filter(e -> e.getMessage().getSubject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError(subject + " not in " + owner + "'s " + box)).getId();
    }

    boolean holds(String owner, Box box, String subject) {
        return entries(owner, box).stream().anyMatch(e -> e.getMessage().getSubject().equals(subject));
    }

    List<MailEntry> entries(String owner, Box box) {
        Page<MailEntry> page = as.call(owner, () -> mail.list(box, null, 0));
        return page.getContent();
    }
}
