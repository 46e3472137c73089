package org.zhengtong.forum.internal;

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
import org.zhengtong.platform.RichText;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Threads of 网上论坛 in 综合检索 (kind {@code forum}): the title and the text of every post not hidden (屏蔽), never
 * an author's name. Readers are the board's audience (every unit for a city-wide board), its moderators and the forum
 * administrators; a thread whose opening post is hidden is not searchable. {@link #readable} applies the pages' rule.
 */
@Component
class ForumIndex extends RecordIndex<ForumThread> {

    static final String KIND = "forum";

    private final ForumService service;
    private final ForumBoardRepository boards;
    private final OrgDirectory directory;
    private final Clock clock;

    ForumIndex(ForumThreadRepository threads, ForumService service, ForumBoardRepository boards,
               OrgDirectory directory, CurrentUsers currentUsers, Clock clock) {
        super(KIND, ForumThread.class, threads, "/forum/threads/", currentUsers);
        this.service = service;
        this.boards = boards;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected boolean indexed(ForumThread thread) {
        return service.searchable(thread);
    }

    @Override
    protected boolean mayOpen(ForumThread thread, CurrentUser user) {
        return service.reads(boards.getReferenceById(thread.getBoardId()), user);
    }

    @Override
    protected FullTextSearch.Entry entry(ForumThread thread) {
        ForumBoard board = boards.getReferenceById(thread.getBoardId());
        Set<String> readers = new LinkedHashSet<>();
        (board.isCity() ? directory.units().stream().map(OrgDirectory.UnitRef::id) : board.unitIds().stream())
                .forEach(unit -> readers.add(Readers.unit(unit)));
        board.moderators().forEach(m -> readers.add(Readers.person(m)));
        service.adminUnitId().ifPresent(unit -> readers.add(Readers.role(Roles.UNIT_ADMIN, unit)));
        EntryText text = new EntryText().add(thread.getTitle(), board.getName());
        service.visiblePosts(thread.getId()).forEach(p -> text.add(RichText.text(p.getBody()), p.getQuoteText()));
        // the forum is kept by the administering unit: its entries are that unit's
        return new FullTextSearch.Entry(KIND, thread.getId(), service.adminUnitId().orElse(0L), thread.getTitle(),
                text.toString(), LocalDate.ofInstant(thread.getCreatedAt(), clock.getZone()),
                Classification.UNCLASSIFIED, readers, Map.of("board", String.valueOf(board.getId())));
    }
}
