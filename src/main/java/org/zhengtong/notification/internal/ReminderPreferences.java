package org.zhengtong.notification.internal;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.notification.ReminderKind;

/**
 * 提醒设置: which channels besides the in-app list reach a person for each kind, and the quiet hours in which only the
 * list does. Without a choice of their own a person gets the pop-up and e-mail, not SMS (it costs money and wakes
 * people); without quiet hours every hour is open.
 */
@Component
class ReminderPreferences {

    static final Channels DEFAULT = new Channels(true, true, false);

    private final JdbcTemplate jdbc;

    ReminderPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The channels besides the in-app list. */
    record Channels(boolean popup, boolean email, boolean sms) {
    }

    /** From {@code start} up to {@code end} in local time; an end before the start spans midnight. */
    record QuietHours(LocalTime start, LocalTime end) {

        boolean cover(LocalTime time) {
            return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                    : !time.isBefore(start) || time.isBefore(end);
        }
    }

    @Transactional(readOnly = true)
    Map<ReminderKind, Channels> channels(String username) {
        Map<ReminderKind, Channels> channels = new EnumMap<>(ReminderKind.class);
        for (ReminderKind kind : ReminderKind.values()) {
            channels.put(kind, DEFAULT);
        }
        jdbc.query("select kind, popup, email, sms from notification_channel_choice where username = ?", rs -> {
            channels.put(ReminderKind.valueOf(rs.getString(1)), new Channels(rs.getBoolean(2), rs.getBoolean(3),
                    rs.getBoolean(4)));
        }, username);
        return channels;
    }

    @Transactional(readOnly = true)
    Optional<QuietHours> quietHours(String username) {
        return jdbc.query("select starts_at, ends_at from notification_quiet_hours where username = ?",
                (rs, row) -> new QuietHours(LocalTime.parse(rs.getString(1)), LocalTime.parse(rs.getString(2))),
                username).stream().findFirst();
    }

    /** Replaces the person's choices; no quiet hours when {@code quiet} is empty. */
    @Transactional
    void save(String username, Map<ReminderKind, Channels> channels, Optional<QuietHours> quiet) {
        jdbc.update("delete from notification_channel_choice where username = ?", username);
        channels.forEach((kind, chosen) -> jdbc.update("insert into notification_channel_choice"
                        + " (username, kind, popup, email, sms) values (?, ?, ?, ?, ?)", username, kind.name(),
                chosen.popup(), chosen.email(), chosen.sms()));
        jdbc.update("delete from notification_quiet_hours where username = ?", username);
        quiet.ifPresent(hours -> jdbc.update("insert into notification_quiet_hours (username, starts_at, ends_at)"
                + " values (?, ?, ?)", username, hours.start().toString(), hours.end().toString()));
    }
}
