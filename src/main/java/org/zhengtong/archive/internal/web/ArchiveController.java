package org.zhengtong.archive.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.archive.Retention;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchiveQueries;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.archive.internal.BorrowingService;
import org.zhengtong.archive.internal.Catalogue;
import org.zhengtong.archive.internal.Correction;
import org.zhengtong.archive.internal.CorrectionService;
import org.zhengtong.archive.internal.FondsService;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * The archive's pages: search (/archive), the documents waiting to be archived (/archive/candidates), an item
 * (/archive/items/{id}), the 归档文件目录 (/archive/catalogue) and 借阅 (/archive/borrowings). Refusals go to the
 * error page with the message (409) or 403.
 */
@Controller
@RequestMapping("/archive")
class ArchiveController {

    private static final int PAGE_SIZE = 20;
    private static final String ARCHIVE_KIND = "archive.items";
    private static final String CORRECTION_KIND = "archive.correction";
    private static final String BORROWING_KIND = "archive.borrowing";

    private final ArchiveQueries queries;
    private final ArchivingService archiving;
    private final BorrowingService borrowing;
    private final Catalogue catalogue;
    private final FondsService fonds;
    private final CorrectionService corrections;
    private final CurrentUsers currentUsers;
    private final RequestTransactions transactions;

    ArchiveController(ArchiveQueries queries, ArchivingService archiving, BorrowingService borrowing,
                      Catalogue catalogue, FondsService fonds, CorrectionService corrections,
                      CurrentUsers currentUsers, RequestTransactions transactions) {
        this.queries = queries;
        this.archiving = archiving;
        this.borrowing = borrowing;
        this.catalogue = catalogue;
        this.fonds = fonds;
        this.corrections = corrections;
        this.currentUsers = currentUsers;
        this.transactions = transactions;
    }

    @GetMapping
    String search(@RequestParam(required = false) Integer year, @RequestParam(required = false) Retention retention,
                  @RequestParam(required = false) String orgCode, @RequestParam(required = false) String documentNumber,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String responsibleParty,
                  @RequestParam(required = false) Classification classification,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String text, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        ArchiveQueries.Criteria criteria = new ArchiveQueries.Criteria(year, retention, orgCode, documentNumber, title,
                responsibleParty, classification, from, to, text);
        Page<ArchiveItem> results = queries.search(criteria, page, PAGE_SIZE);
        model.addAttribute("criteria", criteria);
        model.addAttribute("results", results);
        model.addAttribute("years", queries.years());
        model.addAttribute("orgs", queries.archivedOrgs());
        model.addAttribute("retentions", Retention.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("archivist", archiving.isArchivist());
        return "archive/search";
    }

    @GetMapping("/candidates")
    String candidates(Model model) {
        model.addAttribute("candidates", archiving.candidates());
        model.addAttribute("orgs", archiving.orgOptions());
        model.addAttribute("retentions", Retention.values());
        model.addAttribute("fondsCode", fonds.codeOf(currentUsers.current().unitId()));
        return "archive/candidates";
    }

    /** Archives the checked offers ({@code <kind>:<id>}), each with the 保管期限 and 机构(问题) chosen in its row. */
    @PostMapping("/candidates")
    String archive(@RequestParam(name = "source", required = false) List<String> sources,
                   @RequestParam Map<String, String> parameters, @RequestKey String key,
                   RedirectAttributes redirect) {
        List<ArchivingService.Request> requests = new ArrayList<>();
        // an empty or forged value chooses nothing in that row
        for (ArchivingService.Source source : sources == null ? List.<ArchivingService.Source>of()
                : sources.stream().map(ArchivingService.Source::parse).flatMap(Optional::stream).toList()) {
            String retention = parameters.get("retention-" + source.text());
            requests.add(new ArchivingService.Request(source, parse(retention),
                    parameters.get("org-" + source.text())));
        }
        List<ArchivingService.Source> chosen = requests.stream().map(ArchivingService.Request::source).toList();
        List<ArchiveItem> archived = transactions.createOnce(ARCHIVE_KIND, key, () -> archiving.archive(requests),
                () -> archiving.itemsOf(chosen));
        redirect.addFlashAttribute("archived", archived.stream().map(ArchiveItem::getArchivalCode).toList());
        return "redirect:/archive/candidates";
    }

    @GetMapping("/items/{id}")
    String item(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.item(id));
        model.addAttribute("maxDays", borrowing.maxDays());
        model.addAttribute("correctionFields", Correction.Field.values());
        return "archive/item";
    }

    /** The archived PDF with the 归档章. */
    @GetMapping("/items/{id}/stamped.pdf")
    ResponseEntity<Resource> stamped(@PathVariable long id) {
        ArchiveQueries.FileDownload file = queries.file(id, null);
        return Downloads.inline(file.fileName(), file.size(), file.content());
    }

    @GetMapping("/items/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId) {
        ArchiveQueries.FileDownload file = queries.file(id, fileId);
        return Downloads.attachment(file.fileName(), file.size(), file.content());
    }

    /** 更正: recorded beside the archived metadata, with a reason; the item is not edited. */
    @PostMapping("/items/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam(required = false) Correction.Field field,
                   @RequestParam(required = false) String newValue, @RequestParam(required = false) String reason,
                   @RequestKey String key) {
        transactions.createOnce(CORRECTION_KIND, key, () -> corrections.correct(id, field, newValue, reason).getId(),
                Long::valueOf);
        return "redirect:/archive/items/" + id;
    }

    @PostMapping("/items/{id}/borrow")
    String borrow(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(defaultValue = "0") int days, @RequestKey String key, RedirectAttributes redirect) {
        transactions.createOnce(BORROWING_KIND, key, () -> borrowing.apply(id, reason, days).getId(), Long::valueOf);
        redirect.addFlashAttribute("applied", true);
        return "redirect:/archive/borrowings";
    }

    @GetMapping("/borrowings")
    String borrowings(Model model) {
        model.addAttribute("mine", borrowing.mine());
        model.addAttribute("toDecide", borrowing.toDecide());
        return "archive/borrowings";
    }

    @PostMapping("/borrowings/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        borrowing.approve(id, note);
        redirect.addFlashAttribute("decided", true);
        return "redirect:/archive/borrowings";
    }

    @PostMapping("/borrowings/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        borrowing.reject(id, note);
        redirect.addFlashAttribute("decided", true);
        return "redirect:/archive/borrowings";
    }

    @GetMapping("/catalogue")
    String catalogue(@RequestParam(required = false) Integer year, @RequestParam(required = false) Retention retention,
                     @RequestParam(required = false) String orgCode, Model model) {
        if (!archiving.isArchivist()) {
            throw new AccessDeniedException("the catalogue is for archivists");
        }
        model.addAttribute("years", queries.years());
        model.addAttribute("orgs", queries.archivedOrgs());
        model.addAttribute("retentions", Retention.values());
        model.addAttribute("fondsCode", fonds.codeOf(currentUsers.current().unitId()));
        model.addAttribute("year", year);
        model.addAttribute("retention", retention);
        model.addAttribute("orgCode", orgCode);
        List<ArchiveItem> items = year == null || retention == null || orgCode == null ? null
                : queries.catalogue(year, retention, orgCode);
        model.addAttribute("items", items);
        model.addAttribute("remarks", items == null ? Map.of() : items.stream()
                .collect(java.util.stream.Collectors.toMap(ArchiveItem::getId, catalogue::remarks)));
        return "archive/catalogue";
    }

    @GetMapping("/catalogue.xlsx")
    ResponseEntity<byte[]> catalogueXlsx(@RequestParam int year, @RequestParam Retention retention,
                                         @RequestParam String orgCode) {
        Catalogue.Export export = catalogue.xlsx(year, retention, orgCode);
        return Downloads.attachment(export.fileName(), export.content());
    }

    @GetMapping("/catalogue.pdf")
    ResponseEntity<byte[]> cataloguePdf(@RequestParam int year, @RequestParam Retention retention,
                                        @RequestParam String orgCode) {
        Catalogue.Export export = catalogue.pdf(year, retention, orgCode);
        return Downloads.attachment(export.fileName(), export.content());
    }

    @PostMapping("/fonds")
    String setFonds(@RequestParam(required = false) String fondsCode, RedirectAttributes redirect) {
        fonds.set(fondsCode);
        redirect.addFlashAttribute("fondsSaved", true);
        return "redirect:/archive/catalogue";
    }

    private static Retention parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Retention.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
