package org.zhengtong.workflow.internal;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;

/**
 * Rebuilding the to-do table from the engine (ADR 10): by a workflow administrator ({@code POST /api/v1/todo/rebuild}),
 * from the command line ({@code java -jar zhengtong.jar --rebuild-todo}: rebuilds, prints what it wrote and exits
 * instead of serving), and once at start when the table is empty while the engine has processes — a database from
 * before the table.
 */
@Component
public class TodoRebuild implements ApplicationRunner {

    public static final String OPTION = "rebuild-todo";
    private static final Logger log = LoggerFactory.getLogger(TodoRebuild.class);

    private final TodoTable table;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ApplicationContext context;

    TodoRebuild(TodoTable table, AuditLog audit, MessageSource messages, ApplicationContext context) {
        this.table = table;
        this.audit = audit;
        this.messages = messages;
        this.context = context;
    }

    @PreAuthorize("hasAuthority('WORKFLOW_ADMIN')")
    public Rebuilt rebuild() {
        Rebuilt rebuilt = table.rebuild();
        audit.success("WORKFLOW_TODO_REBUILD", "todo", null, rebuilt.processes() + " / " + rebuilt.openItems());
        return rebuilt;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            Rebuilt rebuilt = table.rebuild();
            System.out.println(messages.getMessage("todo.rebuild.done", new Object[] {rebuilt.processes(),
                    rebuilt.openItems(), rebuilt.dropped()}, Locale.SIMPLIFIED_CHINESE));
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
        } else if (table.missesTheEngine()) {
            log.info("the to-do table is empty while the engine has processes: rebuilding it");
            table.rebuild();
        }
    }

    /**
     * @param processes how many processes were written
     * @param openItems how many open items (task and person) the table now has
     * @param dropped   how many processes the engine no longer knew were taken out
     */
    public record Rebuilt(long processes, long openItems, long dropped) {
    }
}
