package org.zhengtong.workflow.internal;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tiles for everyone with a place in the organization: open tasks and overdue tasks. */
@Configuration(proxyBeanMethods = false)
class TodoWorkbenchCards {

    @Bean
    WorkbenchCard todoCard(TodoWindow window) {
        return new WorkbenchCard() {
            public int order() {
                return 10;
            }

            public Optional<Tile> tileFor(CurrentUser user) {
                if (user.personId() == null) {
                    return Optional.empty();
                }
                return Optional.of(new Tile("todo.tile.todo", "bi-inbox", "/todo", window.counts(user.username()).todo()));
            }
        };
    }

    @Bean
    WorkbenchCard overdueCard(TodoWindow window) {
        return new WorkbenchCard() {
            public int order() {
                return 11;
            }

            public Optional<Tile> tileFor(CurrentUser user) {
                if (user.personId() == null) {
                    return Optional.empty();
                }
                return Optional.of(new Tile("todo.tile.overdue", "bi-alarm", "/todo?overdue=true",
                        window.counts(user.username()).overdue()));
            }
        };
    }
}
