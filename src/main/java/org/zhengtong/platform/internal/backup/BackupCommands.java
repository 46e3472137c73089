package org.zhengtong.platform.internal.backup;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --backup[=<directory>]} and {@code --restore=<backup directory>} (README "备份与恢复"). Both run in a small
 * context of their own; a restore then starts the application once, without serving anyone, so that it rebuilds the
 * search index and proves the seal keys open, and exits. Exit codes: 0 done, 1 failed, 2 refused, 3 checksums differ.
 */
public final class BackupCommands {

    private static final Logger log = LoggerFactory.getLogger(BackupCommands.class);

    static final String BACKUP = "--backup";
    static final String RESTORE = "--restore";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private BackupCommands() {
    }

    public static boolean requested(String[] args) {
        return option(args, BACKUP).isPresent() || option(args, RESTORE).isPresent();
    }

    public static int run(Class<?> application, String[] args) {
        int code = runCommand(args);
        if (code != 0 || option(args, RESTORE).isEmpty()) {
            return code;
        }
        return firstStart(application, args);
    }

    /** The backup, or the restore without the application's first start. */
    static int runCommand(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BackupCommandContext.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Optional<String> restore = option(args, RESTORE);
            if (restore.isPresent()) {
                Path from = Path.of(restore.get());
                RestoreService.Restored restored = context.getBean(RestoreService.class).restore(from);
                say("已从 " + from.toAbsolutePath() + " 恢复：" + restored.tables() + " 张表，" + restored.files()
                        + " 个文件（校验和一致）。");
                restored.notes().forEach(BackupCommands::say);
            } else {
                BackupService backups = context.getBean(BackupService.class);
                Path into = option(args, BACKUP).filter(value -> !value.isBlank()).map(Path::of)
                        .orElse(backups.defaultDirectory());
                BackupService.Made made = backups.create(into, "命令行（" + System.getProperty("user.name") + "）");
                say("备份完成：" + made.directory() + "（" + made.fileCount() + " 个文件，" + made.sizeBytes()
                        + " 字节，清单 manifest.json）");
            }
            return 0;
        } catch (BackupException e) {
            say(e.getMessage());
            explainH2InUse(e);
            return e.outcome().exitCode();
        } catch (RuntimeException e) {
            log.error("{} failed", option(args, RESTORE).isPresent() ? "restore" : "backup", e);
            say((option(args, RESTORE).isPresent() ? "恢复失败：" : "备份失败：") + e.getMessage());
            explainH2InUse(e);
            return BackupException.Outcome.FAILED.exitCode();
        }
    }

    /** An H2 file database is open in the running application (error 90020): the page can back it up, not a process. */
    private static void explainH2InUse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                say("H2 数据库文件正被运行中的应用使用：请在系统管理员的“备份”页面备份，或先停止应用再运行命令。");
                return;
            }
        }
    }

    /** Starts the application on the restored data with a rebuild of the search index, then stops it. */
    private static int firstStart(Class<?> application, String[] args) {
        say("正在启动应用以重建全文索引并检查印章密钥……");
        List<String> startArgs = new ArrayList<>(Arrays.stream(args)
                .filter(arg -> !arg.startsWith(RESTORE) && !arg.startsWith("--server.port")
                        && !arg.startsWith("--server.address"))
                .toList());
        // nobody is served: a random port on the loopback interface only
        startArgs.addAll(List.of("--zhengtong.search.rebuild=true", "--server.port=0", "--server.address=127.0.0.1"));
        try (ConfigurableApplicationContext started = SpringApplication.run(application,
                startArgs.toArray(String[]::new))) {
            say("恢复完成：全文索引已重建，印章密钥可以打开。现在可以正常启动应用。");
            return 0;
        } catch (RuntimeException e) {
            say("数据和文件已恢复，但应用无法启动（原因见上）；排除后正常启动时加 --zhengtong.search.rebuild=true 重建全文索引。");
            return BackupException.Outcome.FAILED.exitCode();
        }
    }

    /** The value of {@code --name} or {@code --name=value} (empty string for the bare flag). */
    static Optional<String> option(String[] args, String name) {
        return Arrays.stream(args)
                .filter(arg -> arg.equals(name) || arg.startsWith(name + "="))
                .map(arg -> arg.equals(name) ? "" : arg.substring(name.length() + 1))
                .findFirst();
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
