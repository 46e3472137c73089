package org.zhengtong.platform;

import org.zhengtong.platform.internal.backup.BackupCommands;

/**
 * The command-line modes {@code --backup[=<directory>]} and {@code --restore=<backup directory>}: they run instead of
 * the application and return the process's exit code (README "备份与恢复").
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static boolean requested(String[] args) {
        return BackupCommands.requested(args);
    }

    /** @param application the application class a restore starts once to rebuild the search index */
    public static int run(Class<?> application, String[] args) {
        return BackupCommands.run(application, args);
    }
}
