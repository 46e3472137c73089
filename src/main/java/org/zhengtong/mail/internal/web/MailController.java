package org.zhengtong.mail.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.mail.internal.AddressBook;
import org.zhengtong.mail.internal.Box;
import org.zhengtong.mail.internal.Destination;
import org.zhengtong.mail.internal.MailFolders;
import org.zhengtong.mail.internal.MailProperties;
import org.zhengtong.mail.internal.MailRefused;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.mail.internal.MailService.Composition;
import org.zhengtong.mail.internal.MailService.Draft;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.RichText;

/**
 * The mailbox pages: a box or folder (/mail, 20 a page, newest first), writing (/mail/compose: new, a draft, a reply
 * or a forward), a mail (/mail/{entry}, read once opened) and its files. Every id is an entry of the current user's
 * own mailbox; any other is refused (403) by the service.
 */
@Controller
@RequestMapping("/mail")
class MailController {

    private static final String SEND_KIND = "mail.send";
    private static final String DRAFT_KIND = "mail.draft";

    private final MailService mail;
    private final MailFolders folders;
    private final AddressBook addressBook;
    private final CurrentUsers currentUsers;
    private final RequestTransactions transactions;
    private final Refusals refusals;
    private final MailProperties properties;

    MailController(MailService mail, MailFolders folders, AddressBook addressBook, CurrentUsers currentUsers,
                   RequestTransactions transactions, Refusals refusals, MailProperties properties) {
        this.mail = mail;
        this.folders = folders;
        this.addressBook = addressBook;
        this.currentUsers = currentUsers;
        this.transactions = transactions;
        this.refusals = refusals;
        this.properties = properties;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "INBOX") Box box, @RequestParam(required = false) Long folder,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Box shown = folder != null ? Box.FOLDER : box == Box.FOLDER ? Box.INBOX : box;
        model.addAttribute("box", shown);
        model.addAttribute("folder", folder == null ? null : folders.folder(folder));
        model.addAttribute("entries", mail.list(shown, folder, page));
        sidebar(model);
        return "mail/list";
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /** The form to write: empty, a draft to continue, or a reply (to all) or forward of one's own mail. */
    @GetMapping("/compose")
    String compose(@RequestParam(required = false) Long draft, @RequestParam(required = false) Long reply,
                   @RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) Long forward,
                   Model model) {
        Draft start = draft != null ? mail.draft(draft)
                : reply != null ? mail.reply(reply, all)
                : forward != null ? mail.forward(forward)
                : new Draft(null, "", "", List.of(), List.of(), List.of(), List.of(), null);
        model.addAttribute("form", ComposeForm.of(start));
        model.addAttribute("attachments", start.attachments());
        return composePage(model);
    }

    /** Sends ({@code action=send}) or saves as a draft; a refusal shows the form again with the message. */
    @PostMapping("/compose")
    String write(@ModelAttribute("form") ComposeForm form,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files,
                 @RequestParam(defaultValue = "send") String action, @RequestKey String key, Model model,
                 Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Composition composition = form.composition(files);
        boolean send = !"save".equals(action);
        try {
            long entryId = transactions.createOnce(send ? SEND_KIND : DRAFT_KIND, key,
                    () -> send ? mail.send(form.draftId(), composition) : mail.saveDraft(form.draftId(), composition),
                    id -> id);
            if (send) {
                redirect.addFlashAttribute("sent", true);
                return "redirect:/mail?box=SENT";
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/mail/compose?draft=" + entryId;
        } catch (MailRefused e) {
            response.setStatus(e.status().value());
            model.addAttribute("formError", refusals.message(e.messageKey(), locale, e.arguments()));
        } catch (BusinessRuleException e) {
            model.addAttribute("formError", refusals.conflict(e, locale, response));
        }
        model.addAttribute("attachments", form.draftId() == null ? List.of() : mail.draft(form.draftId()).attachments());
        return composePage(model);
    }

    private String composePage(Model model) {
        model.addAttribute("choices", addressBook.choices(currentUsers.current()));
        model.addAttribute("maxAttachmentMb", properties.maxAttachmentSize().toMegabytes());
        return "mail/compose";
    }

    // ---- reading ------------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        MailService.MailView view = mail.read(id);
        model.addAttribute("view", view);
        // kept sanitized when written; cleaned again here, since the safelist may have become stricter since
        model.addAttribute("bodyHtml", RichText.clean(view.message().getBody()));
        sidebar(model);
        return "mail/show";
    }

    /** A mail found by the search: the current user's own entry of it. */
    @GetMapping("/messages/{messageId}")
    String message(@PathVariable long messageId) {
        return "redirect:/mail/" + mail.entryOf(messageId);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        MailService.AttachmentFile file = mail.attachment(id, attachmentId);
        return Downloads.attachment(file.fileName(), file.size(), file.content());
    }

    // ---- recall, move, delete -----------------------------------------------------------------------------

    @PostMapping("/{id}/recall")
    String recall(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("recall", mail.recall(id));
        return "redirect:/mail/" + id;
    }

    /** {@code to} is INBOX, TRASH or {@code folder:<id>}. */
    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam String to) {
        Destination destination = Destination.parse(to);
        mail.move(id, destination);
        return destination.box() == Box.FOLDER ? "redirect:/mail?folder=" + destination.folderId()
                : "redirect:/mail?box=" + destination.box();
    }

    @PostMapping("/{id}/flag")
    String flag(@PathVariable long id) {
        mail.toggleFlag(id);
        return "redirect:/mail/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "INBOX") Box from) {
        mail.delete(id);
        return "redirect:/mail?box=" + from;
    }

    @PostMapping("/trash/empty")
    String emptyTrash() {
        mail.emptyTrash();
        return "redirect:/mail?box=TRASH";
    }

    private void sidebar(Model model) {
        model.addAttribute("folderTree", folders.tree());
        model.addAttribute("unread", mail.unreadCount(currentUsers.current().username()));
    }
}
