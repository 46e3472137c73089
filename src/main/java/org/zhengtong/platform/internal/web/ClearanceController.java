package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;

/** 涉密等级: the security administrator finds people by unit and name and sets their clearance. */
@Controller
@RequestMapping("/admin/security/clearance")
@PreAuthorize("hasAuthority('CLEARANCE_MANAGE')")
class ClearanceController {

    private static final int PAGE_SIZE = 50;

    private final OrganizationService organization;
    private final Refusals refusals;

    ClearanceController(OrganizationService organization, Refusals refusals) {
        this.organization = organization;
        this.refusals = refusals;
    }

    @GetMapping
    String search(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String name,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("people", organization.searchPeople(unitId, name, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("units", organization.allUnits());
        model.addAttribute("clearances", Clearance.values());
        model.addAttribute("unitId", unitId);
        model.addAttribute("name", name);
        return "admin/security/clearance";
    }

    /** Sets one person's clearance and returns to the same search; an unknown level shows the search again with 400. */
    @PostMapping("/{personId}")
    String set(@PathVariable Long personId, @RequestParam(required = false) String clearance,
               @RequestParam(required = false) Long unitId, @RequestParam(required = false) String name,
               Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Clearance level = Arrays.stream(Clearance.values()).filter(c -> c.name().equals(clearance)).findFirst()
                .orElse(null);
        if (level == null) {
            model.addAttribute("error", refusals.invalid("security.clearance.error.level", locale, response));
            return search(unitId, name, 0, model);
        }
        organization.setClearance(personId, level);
        Person person = organization.person(personId);
        redirect.addFlashAttribute("flashMessage", refusals.message("security.clearance.done.saved", locale, person.getName(),
                refusals.message("clearance." + level.name(), locale)));
        if (unitId != null) {
            redirect.addAttribute("unitId", unitId);
        }
        if (name != null && !name.isBlank()) {
            redirect.addAttribute("name", name);
        }
        return "redirect:/admin/security/clearance";
    }
}
