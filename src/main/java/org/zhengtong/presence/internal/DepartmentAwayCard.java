package org.zhengtong.presence.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home tile for everyone in a department: how many of its people are out now (本科室外出), where and until when. */
@Component
class DepartmentAwayCard implements WorkbenchCard {

    private final Whereabouts whereabouts;
    private final MessageSource messages;

    DepartmentAwayCard(Whereabouts whereabouts, MessageSource messages) {
        this.whereabouts = whereabouts;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (user.departmentId() == null) {
            return Optional.empty();
        }
        List<AbsenceView> away = whereabouts.departmentAwayNow(user.username());
        List<Line> lines = away.stream().map(absence -> new Line(absence.name(), messages.getMessage(
                "presence.tile.line", new Object[] {messages.getMessage("presence.kind." + absence.kind(), null,
                        LocaleContextHolder.getLocale()), absence.destination()}, LocaleContextHolder.getLocale()),
                absence.expectedReturnAt(), "/presence/department")).toList();
        return Optional.of(new Tile("presence.tile.departmentAway", "bi-person-walking", "/presence/department",
                away.size(), lines));
    }
}
