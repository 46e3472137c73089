package org.zhengtong.accountrequest.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tile for the administrators who submit or decide account applications: how many are pending. */
@Component
class PendingApplicationsCard implements WorkbenchCard {

    private final AccountApplicationService applications;

    PendingApplicationsCard(AccountApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (!user.can("APPLICATION_DECIDE") && !user.can("APPLICATION_SUBMIT")) {
            return Optional.empty();
        }
        long pending = applications.applicationsInScope().stream()
                .filter(a -> a.getStatus() == AccountApplication.Status.PENDING).count();
        return Optional.of(new Tile("home.tile.pendingApplications", "bi-person-plus", "/admin/applications", pending));
    }
}
