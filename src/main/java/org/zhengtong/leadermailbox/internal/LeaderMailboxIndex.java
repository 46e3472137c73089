package org.zhengtong.leadermailbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.Searchable;

/**
 * Letters in 综合检索 (kind {@value #KIND}): subject, text and answer, read only by the leader, the people he named
 * and — unless anonymous — the writer, whose name is then part of the text. An anonymous letter's entry names nobody
 * who wrote it. A drafting department finds it in its to-do window, not in the search.
 */
@Component
class LeaderMailboxIndex implements Searchable {

    static final String KIND = "leadermailbox";

    private final LetterRepository letters;
    private final LeaderMailboxService service;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    LeaderMailboxIndex(LetterRepository letters, LeaderMailboxService service, OrgDirectory directory,
                       CurrentUsers currentUsers, Clock clock) {
        this.letters = letters;
        this.service = service;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FullTextSearch.Entry> entry(long id) {
        return letters.findById(id).map(this::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        CurrentUser user = currentUsers.current();
        return letters.findAllById(ids).stream()
                .filter(l -> service.mayAnswer(l, user) || LeaderMailboxService.wrote(l, user))
                .map(Letter::getId).collect(Collectors.toSet());
    }

    @Override
    public String link(long id) {
        return "/leader-mailbox/" + id;
    }

    private FullTextSearch.Entry entry(Letter letter) {
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
