package org.zhengtong.contacts.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.contacts.internal.PublicDirectory;
import org.zhengtong.platform.OrgDirectory;

/** 公用通讯录 (/contacts): the people of the organization, searched by name, pinyin, department or unit. */
@Controller
class DirectoryController {

    private final PublicDirectory directory;
    private final OrgDirectory org;

    DirectoryController(PublicDirectory directory, OrgDirectory org) {
        this.directory = directory;
        this.org = org;
    }

    @GetMapping("/contacts")
    String directory(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("units", org.units());
        model.addAttribute("people", directory.search(q, unit, page));
        return "contacts/directory";
    }
}
