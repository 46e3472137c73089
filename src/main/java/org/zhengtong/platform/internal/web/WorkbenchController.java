package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.internal.security.DataScope;
import org.zhengtong.platform.internal.workbench.Workbench;

/** 工作台 and 布置工作台: the person's tiles, and which of them show in which order. */
@Controller
class WorkbenchController {

    private final Workbench workbench;
    private final DataScope scope;
    private final Refusals refusals;

    WorkbenchController(Workbench workbench, DataScope scope, Refusals refusals) {
        this.workbench = workbench;
        this.scope = scope;
        this.refusals = refusals;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = scope.current();
        model.addAttribute("user", user);
        model.addAttribute("tiles", workbench.shown(user));
        return "home";
    }

    @GetMapping("/workbench")
    String arrangement(Model model) {
        model.addAttribute("tiles", workbench.arrangement(scope.current()));
        return "workbench";
    }

    /**
     * Saves the order and the ticked tiles; with {@code move} ("key:up" or "key:down") the tile first moves one place,
     * so the arrows work without script.
     */
    @PostMapping("/workbench")
    String arrange(@RequestParam(required = false) List<String> order,
                   @RequestParam(required = false) Set<String> shown,
                   @RequestParam(required = false) String move, Model model, Locale locale,
                   HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = scope.current();
        try {
            workbench.arrange(user, moved(order, move), shown == null ? Set.of() : shown);
        } catch (BusinessRuleException e) {
            model.addAttribute("formError", refusals.invalid(e.messageKey(), locale, response));
            model.addAttribute("tiles", workbench.arrangement(user));
            return "workbench";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/workbench";
    }

    @PostMapping("/workbench/reset")
    String reset(RedirectAttributes redirect) {
        workbench.reset(scope.current());
        redirect.addFlashAttribute("reset", true);
        return "redirect:/workbench";
    }

    private static List<String> moved(List<String> order, String move) {
        if (order == null || move == null) {
            return order;
        }
        List<String> moved = new ArrayList<>(order);
        int colon = move.lastIndexOf(':');
        int from = colon < 0 ? -1 : moved.indexOf(move.substring(0, colon));
        int to = from + ("up".equals(move.substring(colon + 1)) ? -1 : 1);
        if (from >= 0 && to >= 0 && to < moved.size()) {
            moved.add(to, moved.remove(from));
        }
        return moved;
    }
}
