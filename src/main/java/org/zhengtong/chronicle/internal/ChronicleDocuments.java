package org.zhengtong.chronicle.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.OrgDirectory;

/**
 * The chronicles as files: the unit's published chronicle and the city's, of a year or a period, as PDF or DOCX,
 * holding only what the reader may read (the same lists as the pages); every export audited.
 */
@Service
public class ChronicleDocuments {

    /** The two formats. */
    public enum Format {
        PDF("pdf"), DOCX("docx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** {@code pdf} or {@code docx}; anything else is 400. */
        public static Format of(String extension) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(extension == null ? "" : extension.strip())) {
                    return format;
                }
            }
            throw new InvalidInputException("chronicle.validation.format");
        }
    }

    /** A file to hand out. */
    public record File(String name, byte[] content) {
    }

    private final ChronicleService service;
    private final ChronicleExport export;
    private final OrgDirectory directory;
    private final AuditLog audit;

    ChronicleDocuments(ChronicleService service, ChronicleExport export, OrgDirectory directory, AuditLog audit) {
        this.service = service;
        this.export = export;
        this.directory = directory;
        this.audit = audit;
    }

    /** The user's unit's published chronicle of the period. */
    @Transactional(readOnly = true)
    public File unit(Integer year, java.time.LocalDate from, java.time.LocalDate to, Format format,
                     CurrentUser user) {
        ChronicleService.Period period = service.period(year, from, to);
        List<ChronicleEntry> entries = service.published(period, user);
        String owner = directory.unit(user.unitId()).map(OrgDirectory.UnitRef::name).orElse("");
        return file(ChronicleExport.heading(owner, period), entries, Map.of(), format);
    }

    /** The city's chronicle of the period, each entry with its unit. */
    @Transactional(readOnly = true)
    public File city(Integer year, java.time.LocalDate from, java.time.LocalDate to, Format format,
                     CurrentUser user) {
        ChronicleService.Period period = service.period(year, from, to);
        List<ChronicleEntry> entries = service.city(period, user);
        Map<Long, String> units = directory.units().stream()
                .collect(Collectors.toMap(OrgDirectory.UnitRef::id, OrgDirectory.UnitRef::displayName));
        return file(ChronicleExport.heading(cityName(), period), entries, units, format);
    }

    /** The city's name for its chronicle: the city office's parent (市人民政府), else the office itself. */
    public String cityName() {
        return service.cityUnitId().flatMap(directory::unit)
                .map(office -> office.parentId() == null ? office
                        : directory.unit(office.parentId()).orElse(office))
                .map(OrgDirectory.UnitRef::name).orElse("");
    }

    private File file(String heading, List<ChronicleEntry> entries, Map<Long, String> units, Format format) {
        Function<String, byte[]> render = h -> format == Format.PDF ? export.pdf(h, entries, units)
                : export.docx(h, entries, units);
        byte[] content = render.apply(heading);
        audit.success("CHRONICLE_EXPORT", ChronicleService.OBJECT, null,
                heading + " " + format.extension + " " + entries.size());
        return new File(heading + "." + format.extension, content);
    }
}
