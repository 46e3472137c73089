package org.zhengtong.chronicle.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.Archivable;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;
import java.time.Clock;

/**
 * A unit's published chronicle of a year for the archive (kind {@value #KIND}): offered whenever its office
 * publishes entries of the year ({@link ChronicleService#publish}), taken with 题名 「单位大事记（2026年）」, 责任者 the
 * unit, 日期 the day last published, the highest 密级 of its published entries, the entries as text and printed (the
 * same PDF as the export), kept 永久 as the 保管期限表 keeps 大事记.
 */
@Service
@Transactional(readOnly = true)
class ChronicleArchivable implements Archivable {

    static final String KIND = "chronicle-year";

    private final ChronicleYearRepository years;
    private final ChronicleEntryRepository entries;
    private final ChronicleExport export;
    private final OrgDirectory directory;
    private final Clock clock;

    ChronicleArchivable(ChronicleYearRepository years, ChronicleEntryRepository entries, ChronicleExport export,
                        OrgDirectory directory, Clock clock) {
        this.years = years;
        this.entries = entries;
        this.export = export;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ArchivalRecord> finished(long id) {
        return years.findById(id).map(this::record);
    }

    @Override
    public List<ReadyForArchive> offers(long afterId, int size) {
        return years.findByIdGreaterThanOrderByIdAsc(afterId, PageRequest.of(0, Math.max(1, Math.min(size, 1000))))
                .stream().map(this::offer).toList();
    }

    ReadyForArchive offer(ChronicleYear year) {
        return new ReadyForArchive(KIND, year.getId(), year.getUnitId(), title(year), null, date(year),
                ArchivalRecord.Origin.OWN, classification(published(year)), Retention.PERMANENT,
                year.getPublishedAt());
    }

    private ArchivalRecord record(ChronicleYear year) {
        List<ChronicleEntry> list = published(year);
        String unit = directory.unit(year.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("");
        StringBuilder text = new StringBuilder();
        for (ChronicleEntry e : list) {
            text.append(e.getEventDate()).append(' ').append(e.getTitle()).append('\n')
                    .append(RichText.text(e.getContent())).append('\n');
        }
        return new ArchivalRecord(KIND, year.getId(), year.getUnitId(), null, title(year), unit, null, date(year),
                classification(list), null, new ArchivalRecord.Type("CHRONICLE", "大事记"), ArchivalRecord.Origin.OWN,
                text.toString(), List.of(),
                new ArchivalRecord.ProcessingForm("大事记", export.pdf(title(year), list, java.util.Map.of())), null,
                Retention.PERMANENT, year.getPublishedAt());
    }

    private List<ChronicleEntry> published(ChronicleYear year) {
        return entries.findByUnitIdAndStatusInAndEventDateBetweenOrderByEventDateAscIdAsc(year.getUnitId(),
                java.util.EnumSet.of(EntryStatus.PUBLISHED), LocalDate.of(year.getChronicleYear(), 1, 1),
                LocalDate.of(year.getChronicleYear(), 12, 31));
    }

    private String title(ChronicleYear year) {
        String unit = directory.unit(year.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("");
        return ChronicleExport.heading(unit, new ChronicleService.Period(LocalDate.of(year.getChronicleYear(), 1, 1),
                LocalDate.of(year.getChronicleYear(), 12, 31)));
    }

    private LocalDate date(ChronicleYear year) {
        return LocalDate.ofInstant(year.getPublishedAt(), clock.getZone());
    }

    private static Classification classification(List<ChronicleEntry> list) {
        return list.stream().map(ChronicleEntry::getClassification).max(Comparator.naturalOrder())
                .orElse(Classification.UNCLASSIFIED);
    }
}
