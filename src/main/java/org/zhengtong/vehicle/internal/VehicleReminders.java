package org.zhengtong.vehicle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.OrgDirectory;

/**
 * 车辆到期提醒: on its cron ({@code zhengtong.vehicle.reminder-cron}, hourly by default; one node at a time) reminds
 * the fleet managers of a car's unit when its maintenance, insurance or annual inspection falls due within
 * {@code reminder-days} (or is overdue), for cars not out of service. Each reminder carries a key of car, what falls
 * due, the due date and the recipient, so every due date is reminded once to each manager however often the sweep
 * runs; a new due date is reminded anew.
 */
@Component
public class VehicleReminders {

    enum Due { MAINTENANCE, INSURANCE, INSPECTION }

    private final CarRepository cars;
    private final OrgDirectory directory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final VehicleProperties properties;
    private final Clock clock;

    VehicleReminders(CarRepository cars, OrgDirectory directory, Notifications notifications, MessageSource messages,
                     VehicleProperties properties, Clock clock) {
        this.cars = cars;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhengtong.vehicle.reminder-cron}")
    @SchedulerLock(name = "vehicle-reminders", lockAtMostFor = "PT10M")
    public void run() {
        sweep();
    }

    /**
     * Reminds what falls due by today plus the reminder days; returns how many reminders it asked to send. Each
     * reminder is written in its own transaction (the notification service's), so one that fails leaves the others.
     */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(properties.reminderDaysOrDefault());
        int sent = 0;
        for (Car car : cars.dueBy(horizon)) {
            List<String> managers = directory.usernamesWithPermission(car.getUnitId(), VehiclePermissions.MANAGE);
            sent += remind(car, Due.MAINTENANCE, car.getMaintenanceDue(), today, horizon, managers);
            sent += remind(car, Due.INSURANCE, car.getInsuranceDue(), today, horizon, managers);
            sent += remind(car, Due.INSPECTION, car.getInspectionDue(), today, horizon, managers);
        }
        return sent;
    }

    private int remind(Car car, Due due, LocalDate date, LocalDate today, LocalDate horizon, List<String> managers) {
        if (date == null || date.isAfter(horizon)) {
            return 0;
        }
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String what = messages.getMessage("vehicle.due." + due.name(), null, locale);
        long days = ChronoUnit.DAYS.between(today, date);
        String title = messages.getMessage("vehicle.reminder.title", new Object[] {car.getPlate(), what}, locale);
        String body = days < 0
                ? messages.getMessage("vehicle.reminder.overdue", new Object[] {what, date, -days}, locale)
                : messages.getMessage("vehicle.reminder.due", new Object[] {what, date, days}, locale);
        for (String manager : managers) {
            notifications.sendOnce(ReminderKind.VEHICLE, "vehicle-due:" + car.getId() + ":" + due.name() + ":" + date
                    + ":" + manager, manager, title, body, "/vehicle/cars/" + car.getId());
        }
        return managers.size();
    }
}
