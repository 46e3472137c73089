package org.zhengtong.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.Archivable;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;

/**
 * Finished cases for the archive (kind {@code petition}, 信访件): offered when they finish (办结, 不予受理, 转送), taken
 * with 题名 the matter's summary, 责任者 the office's unit, its number and day of receipt, the letter and the reply as
 * text, the scanned files, the printed 登记表 (with the 答复意见书 or the notice) and the history of its process;
 * 保管期限 10 years. {@link PetitionArchived} marks the case 已归档.
 */
@Service
@Transactional(readOnly = true)
class PetitionArchivable implements Archivable {

    static final Set<PetitionStatus> FINISHED = EnumSet.of(PetitionStatus.CLOSED, PetitionStatus.NOT_ACCEPTED,
            PetitionStatus.FORWARDED, PetitionStatus.ARCHIVED);

    private final PetitionRepository petitions;
    private final PetitionFileRepository files;
    private final PetitionService service;
    private final PetitionPdfs pdfs;
    private final OrgDirectory directory;
    private final Clock clock;

    PetitionArchivable(PetitionRepository petitions, PetitionFileRepository files, PetitionService service,
                       PetitionPdfs pdfs, OrgDirectory directory, Clock clock) {
        this.petitions = petitions;
        this.files = files;
        this.service = service;
        this.pdfs = pdfs;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return PetitionIndex.KIND;
    }

    @Override
    public Optional<ArchivalRecord> finished(long id) {
        return petitions.findById(id).filter(p -> FINISHED.contains(p.getStatus())).map(this::record);
    }

    @Override
    public List<ReadyForArchive> offers(long afterId, int size) {
        return petitions.findByStatusInAndIdGreaterThanOrderByIdAsc(FINISHED, afterId,
                PageRequest.of(0, Math.max(1, Math.min(size, 1000)))).stream().map(p -> offer(p, clock)).toList();
    }

    /** The offer made when a case finishes. */
    static ReadyForArchive offer(Petition p, Clock clock) {
        return new ReadyForArchive(PetitionIndex.KIND, p.getId(), p.getUnitId(), title(p), p.getNumber(),
                p.getReceivedOn(), ArchivalRecord.Origin.RECEIVED, Classification.UNCLASSIFIED, Retention.YEARS_10,
                clock.instant());
    }

    private static String title(Petition p) {
        return "关于" + p.getSummary() + "的信访事项";
    }

    private ArchivalRecord record(Petition p) {
        PetitionView view = service.view(p);
        String unit = directory.unit(p.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("");
        List<ArchivalRecord.File> scans = files.findByCaseIdOrderByIdAsc(p.getId()).stream()
                .map(f -> new ArchivalRecord.File(ArchivalRecord.FileRole.ATTACHMENT, f.getFileName(),
                        "application/octet-stream", f.getFileKey(), f.getSha256(), f.getFileSize())).toList();
        StringBuilder text = new StringBuilder(p.getContent());
        if (p.getReplyText() != null) {
            text.append("\n\n答复意见：\n").append(p.getReplyText());
        }
        if (p.getDispositionNote() != null) {
            text.append("\n\n").append(p.getDispositionNote());
        }
        byte[] form = p.getStatus() == PetitionStatus.NOT_ACCEPTED || p.getStatus() == PetitionStatus.FORWARDED
                ? pdfs.notice(view, unit) : pdfs.reply(view, unit);
        LocalDate closed = p.getClosedOn() == null ? p.getReceivedOn() : p.getClosedOn();
        return new ArchivalRecord(PetitionIndex.KIND, p.getId(), p.getUnitId(), null, title(p), unit, p.getNumber(),
                p.getReceivedOn(), Classification.UNCLASSIFIED, null, new ArchivalRecord.Type("PETITION", "信访件"),
                ArchivalRecord.Origin.RECEIVED, text.toString(), scans,
                new ArchivalRecord.ProcessingForm("信访事项处理单", combine(pdfs.registration(view, unit), form)),
                p.getProcessInstanceId(), Retention.YEARS_10,
                closed.atStartOfDay(clock.getZone()).toInstant());
    }

    /** The 登记表 followed by the reply or the notice, as one PDF. */
    private static byte[] combine(byte[] first, byte[] second) {
        try (var a = org.apache.pdfbox.Loader.loadPDF(first); var b = org.apache.pdfbox.Loader.loadPDF(second)) {
            new org.apache.pdfbox.multipdf.PDFMergerUtility().appendDocument(a, b);
            var out = new java.io.ByteArrayOutputStream();
            a.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
