package org.zhengtong.chronicle.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import java.time.Clock;

/** Entries as pages and the API show them: people and units by name, times in the configured zone, months grouped. */
@Component
public class ChronicleViews {

    private final ChronicleService service;
    private final OrgDirectory directory;
    private final Clock clock;

    ChronicleViews(ChronicleService service, OrgDirectory directory, Clock clock) {
        this.service = service;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * An entry for a reader. {@code linkHref} only when the reader may open the linked record; {@code editable} when
     * it is with its submitter, who is the reader.
     */
    public record View(long id, LocalDate eventDate, String title, String content, Category category,
                       String classification, boolean classified, EntryStatus status, String unitName,
                       String departmentName, String submitterName, LinkKind linkKind, Long linkId, String linkTitle,
                       String linkHref, boolean cityIncluded, boolean editable, LocalDateTime approvedAt,
                       String approvedByName, LocalDateTime publishedAt, String processInstanceId) {
    }

    /** The entries of one month, in date order. */
    public record Month(int year, int month, List<View> entries) {
    }

    public View view(ChronicleEntry e, CurrentUser user) {
        boolean link = service.mayOpenLink(e);
        return new View(e.getId(), e.getEventDate(), e.getTitle(), e.getContent(), e.getCategory(),
                e.getClassification().label(), e.getClassification().classified(), e.getStatus(), unit(e.getUnitId()),
                e.getDepartmentId() == null ? null
                        : directory.department(e.getDepartmentId()).map(OrgDirectory.DepartmentRef::name).orElse(null),
                directory.nameOf(e.getSubmitter()), e.getLinkKind(), e.getLinkId(), e.getLinkTitle(),
                link ? service.linkHref(e) : null, e.isCityIncluded(),
                e.getStatus().editable() && e.getSubmitter().equals(user.username()), local(e.getApprovedAt()),
                e.getApprovedBy() == null ? null : directory.nameOf(e.getApprovedBy()), local(e.getPublishedAt()),
                e.getProcessInstanceId());
    }

    public List<View> views(List<ChronicleEntry> entries, CurrentUser user) {
        return entries.stream().map(e -> view(e, user)).toList();
    }

    /** The entries (in date order) grouped by month. */
    public List<Month> months(List<ChronicleEntry> entries, CurrentUser user) {
        Map<LocalDate, List<View>> months = new LinkedHashMap<>();
        for (ChronicleEntry e : entries) {
            months.computeIfAbsent(e.getEventDate().withDayOfMonth(1), m -> new ArrayList<>()).add(view(e, user));
        }
        return months.entrySet().stream()
                .map(m -> new Month(m.getKey().getYear(), m.getKey().getMonthValue(), m.getValue())).toList();
    }

    String unit(long unitId) {
        return directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse("");
    }

    private LocalDateTime local(java.time.Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }
}
