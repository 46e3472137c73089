package org.zhengtong.mail.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.mail.internal.MailFolders;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/** The tree of one's own folders (/mail/folders): create, rename, delete when empty. */
@Controller
@RequestMapping("/mail/folders")
class MailFolderController {

    private static final String CREATE_KIND = "mail.folder";

    private final MailFolders folders;
    private final RequestTransactions transactions;

    MailFolderController(MailFolders folders, RequestTransactions transactions) {
        this.folders = folders;
        this.transactions = transactions;
    }

    @GetMapping
    String folders(Model model) {
        model.addAttribute("folderTree", folders.tree());
        return "mail/folders";
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Long parentId,
                  @RequestKey String key) {
        transactions.createOnce(CREATE_KIND, key, () -> folders.create(name, parentId).getId(), id -> id);
        return "redirect:/mail/folders";
    }

    @PostMapping("/{id}/rename")
    String rename(@PathVariable long id, @RequestParam(required = false) String name) {
        folders.rename(id, name);
        return "redirect:/mail/folders";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        folders.delete(id);
        return "redirect:/mail/folders";
    }
}
