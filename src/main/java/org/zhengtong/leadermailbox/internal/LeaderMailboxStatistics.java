package org.zhengtong.leadermailbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Positions;

/**
 * 信箱统计 of one's unit for a year: per leader and month, how many letters came, how many are answered, forwarded or
 * waiting, and the average hours to an answer. Read from the letters' leader, dates and status only, so it says
 * nothing of what anyone wrote or who. For {@value LeaderMailboxPermissions#STATISTICS} and the unit's head.
 */
@Service
public class LeaderMailboxStatistics {

    private final LetterRepository letters;
    private final OrgDirectory directory;
    private final Clock clock;

    LeaderMailboxStatistics(LetterRepository letters, OrgDirectory directory, Clock clock) {
        this.letters = letters;
        this.directory = directory;
        this.clock = clock;
    }

    public record Row(String leaderName, int month, long received, long answered, long forwarded,
                      long waiting, Double averageAnswerHours) {
    }

    public record Statistics(int year, List<Row> rows, long received, long answered, Double averageAnswerHours) {
    }

    public boolean mayRead(CurrentUser user) {
        return user.unitId() != null && (user.can(LeaderMailboxPermissions.STATISTICS) || directory
                .person(user.username()).filter(p -> Positions.UNIT_HEAD.equals(p.position())).isPresent());
    }

    @Transactional(readOnly = true)
    public Statistics of(Integer year, CurrentUser user) {
        if (!mayRead(user)) {
            throw new AccessDeniedException("neither LEADER_MAILBOX_STATISTICS nor the unit's head");
        }
        ZoneId zone = clock.getZone();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2999) {
            throw new InvalidInputException("leadermailbox.validation.year");
        }
        Instant from = LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant();
        Map<String, Map<Integer, List<LetterRepository.LetterFacts>>> byLeader = new TreeMap<>();
        List<LetterRepository.LetterFacts> all = letters.facts(user.unitId(), from, to);
        for (LetterRepository.LetterFacts f : all) {
            int month = ZonedDateTime.ofInstant(f.getSentAt(), zone).getMonthValue();
            byLeader.computeIfAbsent(f.getLeader(), l -> new TreeMap<>())
                    .computeIfAbsent(month, m -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        byLeader.forEach((leader, months) -> months.forEach((month, facts) -> rows.add(new Row(
                directory.nameOf(leader), month, facts.size(), count(facts, LetterStatus.ANSWERED),
                count(facts, LetterStatus.FORWARDED), count(facts, LetterStatus.RECEIVED), averageHours(facts)))));
        rows.sort(Comparator.comparing(Row::leaderName).thenComparing(Row::month));
        return new Statistics(y, rows, all.size(), count(all, LetterStatus.ANSWERED), averageHours(all));
    }

    private static long count(List<LetterRepository.LetterFacts> facts, LetterStatus status) {
        return facts.stream().filter(f -> f.getStatus() == status).count();
    }

    /** Average hours from sending to the answer of the answered letters, one decimal; null when none is answered. */
    private static Double averageHours(List<LetterRepository.LetterFacts> facts) {
        return facts.stream().filter(f -> f.getAnsweredAt() != null)
                .mapToLong(f -> Duration.between(f.getSentAt(), f.getAnsweredAt()).toMinutes())
                .average().stream().mapToObj(minutes -> Math.round(minutes / 6.0) / 10.0).findFirst().orElse(null);
    }
}
