package org.zhengtong.platform.internal.account;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tile for administrators: units lacking mandatory accounts. */
@Configuration(proxyBeanMethods = false)
class AccountWorkbenchCards {

    @Bean
    WorkbenchCard missingAccountsCard(MissingAccountsReport report) {
        return new WorkbenchCard() {
            public int order() {
                return 910;
            }

            public Optional<Tile> tileFor(org.zhengtong.platform.CurrentUser user) {
                if (!user.can("ACCOUNT_MANAGE") && !user.can("UNIT_ACCOUNT_MANAGE")) {
                    return Optional.empty();
                }
                return Optional.of(new Tile("home.tile.missingAccounts", "bi-exclamation-triangle",
                        "/admin/accounts/missing", report.gaps().size()));
            }
        };
    }
}
