package org.zhengtong.platform.internal.backup;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUsers;

/** 备份与恢复: the system administrator sees the last backups with their manifest's state and starts one. */
@Controller
@RequestMapping("/admin/backups")
@PreAuthorize("hasAuthority('BACKUP_MANAGE')")
class BackupAdminController {

    private static final int SHOWN = 20;

    record Row(BackupRecords.Backup backup, BackupService.ManifestState manifest) {
    }

    private final BackupRecords records;
    private final BackupService backups;
    private final BackgroundBackups background;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final MessageSource messages;

    BackupAdminController(BackupRecords records, BackupService backups, BackgroundBackups background,
                          CurrentUsers currentUsers, AuditLog audit, MessageSource messages) {
        this.records = records;
        this.backups = backups;
        this.background = background;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        List<Row> rows = records.latest(SHOWN).stream()
                .map(backup -> new Row(backup, backup.status() == BackupRecords.Status.SUCCEEDED
                        ? backups.manifestState(backup) : null))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("runningSince", background.runningSince().orElse(null));
        model.addAttribute("directory", backups.defaultDirectory());
        return "admin/backups";
    }

    @PostMapping
    String start(Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        String username = currentUsers.current().username();
        if (!background.start(username)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", messages.getMessage("backup.busy", null, locale));
            return list(model);
        }
        audit.success("BACKUP_START", "backup", null, backups.defaultDirectory().toString());
        redirect.addFlashAttribute("flashMessage", messages.getMessage("backup.started", null, locale));
        return "redirect:/admin/backups";
    }

    @PostMapping("/{id}/verify")
    String verify(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        BackupService.Verification verification = backups.verify(id);
        if (verification.intact()) {
            redirect.addFlashAttribute("flashMessage", messages.getMessage("backup.verify.intact",
                    new Object[] {String.valueOf(id)}, locale));
        } else {
            redirect.addFlashAttribute("flashError", messages.getMessage("backup.verify.broken",
                    new Object[] {String.valueOf(id), String.join("；", verification.problems())}, locale));
        }
        return "redirect:/admin/backups";
    }
}
