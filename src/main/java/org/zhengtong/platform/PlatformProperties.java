package org.zhengtong.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's settings, {@code zhengtong.*} (defaults in application.yml; the README's configuration table says
 * what each does). Other modules read the installation-wide ones from here: the demo switch, the time zone, the
 * fonts and the seal keys' password. Each module binds its own settings in a class of its own.
 *
 * @param demo     load the demo city
 * @param timeZone the zone of every local time shown, printed or parsed (the application {@link java.time.Clock}'s)
 * @param fonts    also a bean of its own
 * @param seal     the seal keys' password: the seal module opens the keys with it, backups carry its file
 */
@ConfigurationProperties("zhengtong")
public record PlatformProperties(boolean demo, ZoneId timeZone, Files files, Backup backup, Security security,
                                 Events events, FontProperties fonts, SealKeys seal) {

    /** The start options of the one-off commands that work through the application's services and exit. */
    private static final List<String> COMMANDS = List.of("reset-admin-password", "rebuild-todo");

    /**
     * Whether this start loads the demo city: the demo is on and the application was not started for a one-off
     * command (administrator recovery, the to-do table's rebuild). Modules' demo runners load their part only then.
     */
    public boolean loadsDemo(ApplicationArguments args) {
        return demo && COMMANDS.stream().noneMatch(args::containsOption);
    }

    /**
     * @param root        where the file store keeps files
     * @param orphanGrace how old a file no committed transaction registered must be before the sweep removes it
     */
    public record Files(Path root, Duration orphanGrace) {
    }

    /** @param dir where backups go; {@code pgDump}, {@code pgRestore}: the PostgreSQL tools to run */
    public record Backup(Path dir, String pgDump, String pgRestore) {
    }

    /** Defaults of the settings the security administrator changes at runtime. */
    public record Security(int maxFailedLogins, int lockoutMinutes, int idleTimeoutMinutes, int maxSessionsPerAccount,
                           boolean requireTotpForAdmins) {
    }

    /** @param resubmitAfter how old an incomplete event publication must be before the job delivers it again */
    public record Events(Duration resubmitAfter) {
    }

    /**
     * @param keyPassword     the password itself (blank: kept in the file)
     * @param keyPasswordFile where a generated password is kept; back it up with the database
     */
    public record SealKeys(String keyPassword, Path keyPasswordFile) {

        public boolean configured() {
            return keyPassword != null && !keyPassword.isBlank();
        }
    }
}
