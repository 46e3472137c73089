package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.internal.org.ImportReport;
import org.zhengtong.platform.internal.org.OrganizationWorkbook;
import org.zhengtong.platform.internal.security.DataScope;

/** The organization as an Excel workbook: download it, or upload one to import (system administrator only). */
@Controller
@RequestMapping("/admin/org")
class OrgWorkbookController {

    private final OrganizationWorkbook workbook;
    private final DataScope scope;
    private final MessageSource messages;
    private final Clock clock;

    OrgWorkbookController(OrganizationWorkbook workbook, DataScope scope, MessageSource messages, Clock clock) {
        this.workbook = workbook;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    /** Plain digits: the message would print a number as 20,000. */
    @ModelAttribute("maxRows")
    String maxRows() {
        return String.valueOf(OrganizationWorkbook.MAX_ROWS);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        byte[] content = workbook.export();
        String filename = "组织机构-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        return Downloads.attachment(filename, content);
    }

    @GetMapping("/import")
    String importForm() {
        scope.requireSystemAdmin();
        return "org/import";
    }

    @PostMapping("/import")
    String importWorkbook(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, Locale locale) throws IOException {
        scope.requireSystemAdmin();
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("report", new ImportReport(
                    messages.getMessage("org.import.error.noFile", null, locale), List.of(), null));
            return "org/import";
        }
        ImportReport report;
        try (InputStream content = file.getInputStream()) {
            report = workbook.importWorkbook(content);
        }
        if (!report.succeeded()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("report", report);
            return "org/import";
        }
        ImportReport.Counts counts = report.counts();
        redirect.addFlashAttribute("flashMessage", messages.getMessage("org.import.done", new Object[] {
                counts.unitsCreated(), counts.unitsUpdated(), counts.departmentsCreated(), counts.departmentsUpdated(),
                counts.peopleCreated(), counts.peopleUpdated()}, locale));
        return "redirect:/admin/org";
    }
}
