package org.zhengtong.journal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.InvalidInputException;

/**
 * 信息报送 统计: per submitting unit, how many articles it submitted to a publication in a period (months of a year)
 * and how many were adopted (采用, published ones included), with the 采用率, the points
 * ({@code zhengtong.journal.points-per-adoption} per adoption) and the rank by points. Read by the publication's
 * readers.
 */
@Service
public class JournalScores {

    /** A unit's line of the ranking. */
    public record Score(int rank, long unitId, String unitName, long submitted, long adopted, int ratePercent,
                        long points) {
    }

    /** The months of a year the scores count, both included. */
    public record Period(int year, int fromMonth, int toMonth) {
    }

    private final JournalService service;
    private final ArticleRepository articles;
    private final JournalProperties properties;
    private final Clock clock;

    JournalScores(JournalService service, ArticleRepository articles, JournalProperties properties, Clock clock) {
        this.service = service;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
    }

    /** The year's months asked for (this year, every month, when left out); 400 for months out of order. */
    public Period period(Integer year, Integer fromMonth, Integer toMonth) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        int from = fromMonth == null ? 1 : fromMonth;
        int to = toMonth == null ? 12 : toMonth;
        if (y < 2000 || y > 2100 || from < 1 || to > 12 || to < from) {
            throw new InvalidInputException("journal.validation.period");
        }
        return new Period(y, from, to);
    }

    /** The ranking of the publication's submitting units in the period, best first. */
    @Transactional(readOnly = true)
    public List<Score> scores(long publicationId, Period period, CurrentUser user) {
        service.readablePublication(publicationId, user);
        var zone = clock.getZone();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : articles.countByUnitAndStatus(publicationId,
                YearMonth.of(period.year(), period.fromMonth()).atDay(1).atStartOfDay(zone).toInstant(),
                YearMonth.of(period.year(), period.toMonth()).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())) {
            ArticleStatus status = (ArticleStatus) row[1];
            if (status == ArticleStatus.CANCELLED) {
                continue;
            }
            long[] c = counts.computeIfAbsent((Long) row[0], u -> new long[2]);
            c[0] += (Long) row[2];
            c[1] += status.adopted() ? (Long) row[2] : 0;
        }
        List<Score> unranked = new ArrayList<>();
        counts.forEach((unit, c) -> unranked.add(new Score(0, unit, service.unitName(unit), c[0], c[1],
                (int) Math.round(100.0 * c[1] / c[0]), c[1] * properties.pointsPerAdoption())));
        unranked.sort(Comparator.comparingLong(Score::points).reversed()
                .thenComparing(Comparator.comparingInt(Score::ratePercent).reversed())
                .thenComparing(Score::unitName));
        List<Score> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Score s = unranked.get(i);
            boolean tie = i > 0 && unranked.get(i - 1).points() == s.points();
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Score(rank, s.unitId(), s.unitName(), s.submitted(), s.adopted(), s.ratePercent(),
                    s.points()));
        }
        return ranked;
    }
}
