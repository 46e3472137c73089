package org.zhengtong.contacts.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.contacts.internal.ContactForm;
import org.zhengtong.contacts.internal.ContactView;
import org.zhengtong.contacts.internal.MyContacts;
import org.zhengtong.contacts.internal.VCards;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/** 个人通讯录 (/contacts/mine): one's own contacts and groups, "add to my contacts", vCard import and export. */
@Controller
@RequestMapping("/contacts/mine")
class MyContactsController {

    private static final String LIST = "redirect:/contacts/mine";

    private final MyContacts contacts;
    private final VCards vcards;
    private final RequestTransactions transactions;
    private final Refusals refusals;

    MyContactsController(MyContacts contacts, VCards vcards, RequestTransactions transactions, Refusals refusals) {
        this.contacts = contacts;
        this.vcards = vcards;
        this.transactions = transactions;
        this.refusals = refusals;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long group,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("group", group);
        model.addAttribute("contacts", contacts.search(q, group, page));
        model.addAttribute("groups", contacts.groups());
        return "contacts/mine";
    }

    @GetMapping("/new")
    String newContact(Model model) {
        return form(model, ContactForm.empty(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ContactForm form, BindingResult errors, @RequestKey String key,
                  Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null);
        }
        transactions.createOnce("contacts.contact", key, () -> contacts.create(form), id -> id);
        return LIST;
    }

    @PostMapping("/link")
    String link(@RequestParam String username, @RequestKey String key) {
        transactions.createOnce("contacts.link", key, () -> contacts.link(username), id -> id);
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ContactView contact = contacts.contact(id);
        return form(model, contact.form(), contact);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
                  Model model, HttpServletResponse response) {
        ContactView contact = contacts.contact(id);
        if (errors.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, contact);
        }
        contacts.update(id, form);
        return LIST;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        contacts.delete(id);
        return LIST;
    }

    @PostMapping("/groups")
    String createGroup(@RequestParam(required = false) String name, @RequestKey String key) {
        transactions.createOnce("contacts.group", key, () -> contacts.createGroup(name).getId(), id -> id);
        return LIST;
    }

    @PostMapping("/groups/{id}/rename")
    String renameGroup(@PathVariable long id, @RequestParam(required = false) String name) {
        contacts.renameGroup(id, name);
        return LIST + "?group=" + id;
    }

    @PostMapping("/groups/{id}/delete")
    String deleteGroup(@PathVariable long id) {
        contacts.deleteGroup(id);
        return LIST;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long group) {
        return Downloads.attachment("通讯录.vcf", vcards.export(group));
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        int imported = vcards.importFile(file == null ? null : file.getBytes());
        redirect.addFlashAttribute("imported", imported);
        return LIST;
    }

    private String form(Model model, ContactForm form, ContactView contact) {
        model.addAttribute("form", form);
        model.addAttribute("contact", contact);
        model.addAttribute("groups", contacts.groups());
        return "contacts/form";
    }
}
