package org.zhengtong.calendar.internal.web;

import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.calendar.internal.CalendarSharing;
import org.zhengtong.calendar.internal.ICalendars;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;

/**
 * 共享与订阅 ({@code /calendar/settings}): whom one's calendar is shared with, the subscription address (shown once
 * when made, since only its hash is kept; made anew or revoked here), and the iCalendar export and import.
 */
@Controller
@RequestMapping("/calendar")
class CalendarSettingsController {

    private static final String SETTINGS = "redirect:/calendar/settings";

    private final CalendarSharing sharing;
    private final ICalendars icalendars;
    private final Refusals refusals;

    CalendarSettingsController(CalendarSharing sharing, ICalendars icalendars, Refusals refusals) {
        this.sharing = sharing;
        this.icalendars = icalendars;
        this.refusals = refusals;
    }

    @GetMapping("/settings")
    String settings(Model model) {
        model.addAttribute("readers", sharing.readers());
        model.addAttribute("candidates", sharing.candidates());
        model.addAttribute("hasFeed", sharing.hasFeed());
        return "calendar/settings";
    }

    @PostMapping("/settings/share")
    String share(@RequestParam(required = false) String reader, RedirectAttributes redirect, Locale locale) {
        sharing.share(reader);
        redirect.addFlashAttribute("flashMessage", refusals.message("calendar.share.added", locale));
        return SETTINGS;
    }

    @PostMapping("/settings/unshare")
    String unshare(@RequestParam(required = false) String reader) {
        sharing.unshare(reader);
        return SETTINGS;
    }

    @PostMapping("/settings/feed")
    String newFeed(RedirectAttributes redirect) {
        String token = sharing.newFeedToken();
        redirect.addFlashAttribute("feedUrl", feedUrl(token));
        return SETTINGS;
    }

    @PostMapping("/settings/feed/revoke")
    String revokeFeed(RedirectAttributes redirect, Locale locale) {
        sharing.revokeFeed();
        redirect.addFlashAttribute("flashMessage", refusals.message("calendar.feed.revoked", locale));
        return SETTINGS;
    }

    @GetMapping("/export.ics")
    ResponseEntity<byte[]> export() {
        return Downloads.attachment("日程.ics", icalendars.export());
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Locale locale)
            throws IOException {
        int imported = icalendars.importFile(file == null ? null : file.getBytes());
        redirect.addFlashAttribute("flashMessage", refusals.message("calendar.ics.imported", locale, imported));
        return SETTINGS;
    }

    static String feedUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/feed/{token}.ics")
                .buildAndExpand(token).toUriString();
    }
}
