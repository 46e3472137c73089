package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tiles for everyone with a place in the organization: open tasks, 传阅件 to read, overdue tasks. */
@Configuration(proxyBeanMethods = false)
class TodoWorkbenchCards {

    /** The open tasks, the first few listed as the to-do window orders them. */
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
                List<Line> first = window.items(TodoWindow.Tab.PENDING, user.username(), TodoFilter.NONE, 0, MAX_LINES)
                        .stream().map(TodoWindow.Item::row)
                        .map(row -> new Line(row.title(), row.step(), row.since(), row.link())).toList();
                return Optional.of(new Tile("todo.tile.todo", "bi-inbox", "/todo",
                        window.counts(user.username()).todo(), first));
            }
        };
    }

    @Bean
    WorkbenchCard overdueCard(TodoWindow window) {
        return card(window, 11, "todo.tile.overdue", "bi-alarm", "/todo?overdue=true", TodoWindow.Counts::overdue);
    }

    @Bean
    WorkbenchCard circulationCard(TodoWindow window) {
        return card(window, 12, "todo.tile.circulation", "bi-journal-text", "/todo?tab=circulation",
                TodoWindow.Counts::circulation);
    }

    private static WorkbenchCard card(TodoWindow window, int order, String titleKey, String icon, String link,
                                      ToLongFunction<TodoWindow.Counts> count) {
        return new WorkbenchCard() {
            public int order() {
                return order;
            }

            public Optional<Tile> tileFor(CurrentUser user) {
                if (user.personId() == null) {
                    return Optional.empty();
                }
                return Optional.of(new Tile(titleKey, icon, link, count.applyAsLong(window.counts(user.username()))));
            }
        };
    }
}
