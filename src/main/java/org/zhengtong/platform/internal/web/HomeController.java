package org.zhengtong.platform.internal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;
import org.zhengtong.platform.internal.security.DataScope;

/** 工作台: the user's place in the organization and the tiles the modules contribute. */
@Controller
class HomeController {

    private final List<WorkbenchCard> cards;
    private final DataScope scope;

    HomeController(List<WorkbenchCard> cards, DataScope scope) {
        this.cards = cards;
        this.scope = scope;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = scope.current();
        model.addAttribute("user", user);
        model.addAttribute("tiles", cards.stream()
                .sorted(Comparator.comparingInt(WorkbenchCard::order))
                .map(card -> card.tileFor(user))
                .flatMap(Optional::stream)
                .toList());
        return "home";
    }
}
