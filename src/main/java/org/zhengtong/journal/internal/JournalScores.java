package org.zhengtong.journal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
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

    /** An exported ranking: its file name and bytes. */
    public record Workbook(String fileName, byte[] content) {
    }

    /** The months of a year the scores count, both included. */
    public record Period(int year, int fromMonth, int toMonth) {
    }

    private final JournalService service;
    private final ArticleRepository articles;
    private final JournalProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    JournalScores(JournalService service, ArticleRepository articles, JournalProperties properties,
                  MessageSource messages, Clock clock) {
        this.service = service;
        this.articles = articles;
        this.properties = properties;
        this.messages = messages;
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

    /**
     * The ranking as an Excel workbook, as offices hand it on: a title line (the publication, the year and months),
     * then the table's header and one row per unit; the numbers are numbers, the 采用率 a percentage.
     */
    @Transactional(readOnly = true)
    public Workbook workbook(long publicationId, Period period, CurrentUser user, Locale locale) {
        List<Score> ranking = scores(publicationId, period, user);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("journal.scores.title", locale));
            sheet.createRow(0).createCell(0).setCellValue(text("journal.scores.sheetTitle", locale,
                    service.publication(publicationId).getName(), period.year(), period.fromMonth(),
                    period.toMonth()));
            Row head = sheet.createRow(1);
            String[] headers = {"rank", "unit", "submitted", "adopted", "rate", "points"};
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(text("journal.scores." + headers[c], locale));
            }
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            int r = 2;
            for (Score s : ranking) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.rank());
                row.createCell(1).setCellValue(s.unitName());
                row.createCell(2).setCellValue(s.submitted());
                row.createCell(3).setCellValue(s.adopted());
                Cell rate = row.createCell(4);
                rate.setCellValue(s.ratePercent() / 100.0);
                rate.setCellStyle(percent);
                row.createCell(5).setCellValue(s.points());
            }
            sheet.setColumnWidth(1, 24 * 256);
            workbook.write(out);
            return new Workbook(text("journal.scores.fileName", locale, period.year()), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
