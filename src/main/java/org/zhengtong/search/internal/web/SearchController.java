package org.zhengtong.search.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.search.Search;
import org.zhengtong.search.Searchable;

/**
 * 综合检索: the one search over every module's records the reader may open, from the box in the navigation bar,
 * narrowed by kind, unit and period.
 */
@Controller
class SearchController {

    private final Search search;
    private final ObjectProvider<Searchable> searchables;
    private final OrgDirectory org;
    private final Refusals refusals;

    SearchController(Search search, ObjectProvider<Searchable> searchables, OrgDirectory org, Refusals refusals) {
        this.search = search;
        this.searchables = searchables;
        this.org = org;
        this.refusals = refusals;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) @Size(max = Search.MAX_TEXT, message = "{validation.size}") String q,
                  @RequestParam(required = false) String kind,
                  @RequestParam(required = false) Long unit,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0")
                  @Range(min = 0, max = Search.MAX_AFTER, message = "{validation.range}") int after,
                  Model model, Locale locale, HttpServletResponse response) {
        List<String> kinds = searchables.orderedStream().map(Searchable::kind).sorted().toList();
        List<OrgDirectory.UnitRef> units = org.units();
        String chosenKind = kinds.contains(kind) ? kind : null;
        Long chosenUnit = units.stream().anyMatch(u -> unit != null && u.id() == unit) ? unit : null;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kinds", kinds);
        model.addAttribute("kind", chosenKind);
        model.addAttribute("units", units);
        model.addAttribute("unit", chosenUnit);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("page",
                        search.search(new Search.Criteria(q, chosenKind, chosenUnit, from, to, Map.of()), after));
            } catch (BusinessRuleException e) {
                model.addAttribute("refusal", refusals.message(e.messageKey(), locale, e.arguments()));
                response.setStatus(e.status().value());
            }
        }
        return "search/index";
    }
}
