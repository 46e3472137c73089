package org.zhengtong.search.internal.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.search.Search;
import org.zhengtong.search.Searchable;

/** 综合检索: the one search over every module's records the reader may open, from the box in the navigation bar. */
@Controller
class SearchController {

    private final Search search;
    private final ObjectProvider<Searchable> searchables;

    SearchController(Search search, ObjectProvider<Searchable> searchables) {
        this.search = search;
        this.searchables = searchables;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) @Size(max = Search.MAX_TEXT, message = "{validation.size}") String q,
                  @RequestParam(required = false) String kind,
                  @RequestParam(defaultValue = "0")
                  @Range(min = 0, max = Search.MAX_AFTER, message = "{validation.range}") int after, Model model) {
        List<String> kinds = searchables.orderedStream().map(Searchable::kind).sorted().toList();
        String chosen = kinds.contains(kind) ? kind : null;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kinds", kinds);
        model.addAttribute("kind", chosen);
        if (q != null && !q.isBlank()) {
            model.addAttribute("page", search.search(q, chosen, Map.of(), after));
        }
        return "search/index";
    }
}
