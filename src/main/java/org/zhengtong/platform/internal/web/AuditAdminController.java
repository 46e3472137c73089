package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.internal.audit.AuditQueryService;

/** 审计日志: the audit administrator searches the log, newest first, and verifies its hash chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditAdminController {

    private final AuditQueryService audit;
    private final AuditRows rows;
    private final Clock clock;
    private final Refusals refusals;

    AuditAdminController(AuditQueryService audit, AuditRows rows, Clock clock, Refusals refusals) {
        this.audit = audit;
        this.rows = rows;
        this.clock = clock;
        this.refusals = refusals;
    }

    /** Dates are whole days in the application's time zone, both included; no date means no limit. */
    @GetMapping
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        LocalDate fromDate;
        LocalDate toDate;
        try {
            fromDate = date(from);
            toDate = date(to);
        } catch (DateTimeParseException e) {
            model.addAttribute("error", refusals.invalid("audit.error.date", locale, response));
            return "admin/audit";
        }
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            model.addAttribute("error", refusals.invalid("audit.error.range", locale, response));
            return "admin/audit";
        }
        Instant start = fromDate == null ? Instant.EPOCH : fromDate.atStartOfDay(clock.getZone()).toInstant();
        Instant end = toDate == null ? clock.instant().plus(Duration.ofDays(1))
                : toDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        model.addAttribute("records", rows.of(audit.search(actor, action, start, end, page), locale));
        return "admin/audit";
    }

    /** Walks the whole chain. htmx asks for the result box only; a plain browser gets the page with it. */
    @GetMapping("/verify")
    String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
                  HttpServletResponse response) {
        model.addAttribute("verification", audit.verify());
        return htmx != null ? "admin/audit :: verification"
                : search(null, null, null, null, 0, model, locale, response);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
