package org.zhengtong.presence.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home tile for everyone in a department: how many of its people are out now (本科室外出), linking to who. */
@Component
class DepartmentAwayCard implements WorkbenchCard {

    private final Whereabouts whereabouts;

    DepartmentAwayCard(Whereabouts whereabouts) {
        this.whereabouts = whereabouts;
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
        return Optional.of(new Tile("presence.tile.departmentAway", "bi-person-walking", "/presence/department",
                whereabouts.departmentAwayNow(user.username()).size()));
    }
}
