package org.zhengtong.sharedfile.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.StoredFileRef;
import org.zhengtong.document.OutgoingDocumentFinished;
import org.zhengtong.platform.TextPdf;

/**
 * 正规文件: a finished 发文 of a unit is filed in its library by itself — in 正规文件/&lt;year&gt;年 (made, readable by the
 * unit, when missing), as a PDF of its title, 发文字号 and body, with the 公文's 密级. Once per document: a second
 * delivery of the event finds it filed (and the unique document id refuses a concurrent one).
 */
@Component
class FormalFiling {

    static final String ROOT = "正规文件";
    /** Who filed it, as the file's page shows. */
    static final String SYSTEM = "system";

    private final FolderRepository folders;
    private final SharedFileRepository files;
    private final SharedFileService service;
    private final TextPdf pdf;
    private final Clock clock;

    FormalFiling(FolderRepository folders, SharedFileRepository files, SharedFileService service, TextPdf pdf,
                 Clock clock) {
        this.folders = folders;
        this.files = files;
        this.service = service;
        this.pdf = pdf;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OutgoingDocumentFinished finished) {
        if (files.existsByDocumentId(finished.documentId())) {
            return;
        }
        Folder root = formalRoot(finished.unitId());
        String yearName = finished.issueDate().getYear() + "年";
        Folder year = folders.findFirstByParentIdAndName(root.getId(), yearName)
                .orElseGet(() -> folders.save(new Folder(root.getUnitId(), root.getId(), yearName, Category.FORMAL,
                        clock.instant())));
        List<String> lines = new ArrayList<>();
        if (finished.number() != null) {
            lines.add(finished.number());
        }
        lines.add(finished.bodyText());
        String text = String.join("\n", lines);
        service.keepPdf(year, finished.title(), finished.classification(), SYSTEM, finished.documentId(),
                finished.number(), fileName(finished.title()), pdf.render(finished.title(), lines), text);
    }

    private static String fileName(String title) {
        String stem = title.length() > StoredFileRef.MAX_NAME - 4 ? title.substring(0, StoredFileRef.MAX_NAME - 4) : title;
        return stem + ".pdf";
    }

    /** The unit's 正规文件, made readable by the whole unit the first time. */
    Folder formalRoot(long unitId) {
        return folders.findFirstByUnitIdAndParentIdIsNullAndCategory(unitId, Category.FORMAL).orElseGet(() -> {
            Folder root = new Folder(unitId, null, ROOT, Category.FORMAL, clock.instant());
            root.grant(new Grant(Access.READ, Grant.Kind.UNIT, String.valueOf(unitId)));
            return folders.save(root);
        });
    }
}
