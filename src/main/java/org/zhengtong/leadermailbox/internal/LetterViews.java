package org.zhengtong.leadermailbox.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;

/**
 * Letters as the pages and the API show them: names, not usernames. The writer's name only to the leader, the people
 * he named and the writer himself — a drafting department sees the letter without it; an anonymous one has none.
 */
@Component
public class LetterViews {

    private final LeaderMailboxService letters;
    private final OrgDirectory directory;

    LetterViews(LeaderMailboxService letters, OrgDirectory directory) {
        this.letters = letters;
        this.directory = directory;
    }

    public record Row(long id, String subject, String leaderName, String writerName, boolean anonymous,
                      String status, Instant sentAt, Instant answeredAt) {
    }

    public record View(long id, String subject, String body, String leaderName, String writerName, boolean anonymous,
                       String status, Instant sentAt, String departmentName, String draft, String answer,
                       String answeredByName, Instant answeredAt, boolean mayAnswer, String processInstanceId) {
    }

    /** What the reply code shows its anonymous writer: his letter and the answer, nobody's name but the leader's. */
    public record CodeView(String subject, String body, String leaderName, String status, Instant sentAt,
                           String answer, Instant answeredAt) {
    }

    public record PersonName(String username, String name) {
    }

    @Transactional(readOnly = true)
    public List<Row> rows(List<Letter> list, CurrentUser user) {
        return list.stream().map(l -> new Row(l.getId(), l.getSubject(), directory.nameOf(l.getLeader()),
                writerName(l, user), l.isAnonymous(), l.getStatus().name(), l.getSentAt(), l.getAnsweredAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public View view(Letter l, CurrentUser user) {
        boolean mayAnswer = letters.mayAnswer(l, user);
        String department = l.getForwardedDepartmentId() == null ? null : directory
                .department(l.getForwardedDepartmentId()).map(OrgDirectory.DepartmentRef::name).orElse(null);
        return new View(l.getId(), l.getSubject(), l.getBody(), directory.nameOf(l.getLeader()), writerName(l, user),
                l.isAnonymous(), l.getStatus().name(), l.getSentAt(), department, l.getDraft(), l.getAnswer(),
                l.getAnsweredBy() == null ? null : directory.nameOf(l.getAnsweredBy()), l.getAnsweredAt(),
                mayAnswer && l.getStatus() == LetterStatus.RECEIVED, l.getProcessInstanceId());
    }

    public CodeView codeView(Letter l) {
        return new CodeView(l.getSubject(), l.getBody(), directory.nameOf(l.getLeader()), l.getStatus().name(),
                l.getSentAt(), l.getAnswer(), l.getAnsweredAt());
    }

    public List<PersonName> names(List<String> usernames) {
        return usernames.stream().map(u -> new PersonName(u, directory.nameOf(u))).toList();
    }

    private String writerName(Letter l, CurrentUser user) {
        return l.isAnonymous() || !letters.seesWriter(l, user) ? null : directory.nameOf(l.getWriter());
    }
}
