package org.zhengtong.leadermailbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Letters in 综合检索 (kind {@value #KIND}): subject, text and answer, read only by the leader, the people he named
 * and — unless anonymous — the writer, whose name is then part of the text. An anonymous letter's entry names nobody
 * who wrote it. A drafting department finds it in its to-do window, not in the search.
 */
@Component
class LeaderMailboxIndex extends RecordIndex<Letter> {

    static final String KIND = "leadermailbox";

    private final LeaderMailboxService service;
    private final OrgDirectory directory;
    private final Clock clock;

    LeaderMailboxIndex(LetterRepository letters, LeaderMailboxService service, OrgDirectory directory,
                       CurrentUsers currentUsers, Clock clock) {
        super(KIND, Letter.class, letters, "/leader-mailbox/", currentUsers);
        this.service = service;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected boolean mayOpen(Letter r, CurrentUser user) {
        return service.mayAnswer(r, user) || LeaderMailboxService.wrote(r, user);
    }

    @Override
    protected FullTextSearch.Entry entry(Letter letter) {
        Set<String> readers = new LinkedHashSet<>();
        service.answerers(letter).forEach(u -> readers.add(Readers.person(u)));
        if (!letter.isAnonymous()) {
            readers.add(Readers.person(letter.getWriter()));
        }
        String text = new EntryText().add(letter.getSubject(), directory.nameOf(letter.getLeader()),
                letter.isAnonymous() ? null : directory.nameOf(letter.getWriter()), letter.getBody(),
                letter.getAnswer()).toString();
        return new FullTextSearch.Entry(KIND, letter.getId(), letter.getUnitId(), letter.getSubject(), text,
                LocalDate.ofInstant(letter.getSentAt(), clock.getZone()), Classification.UNCLASSIFIED, readers,
                Map.of("status", letter.getStatus().name()));
    }
}
