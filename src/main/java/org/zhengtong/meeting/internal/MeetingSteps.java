package org.zhengtong.meeting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/** The steps that do work: 拟定 (the plan must be complete) and the keeper's decision on a booking. */
@Configuration(proxyBeanMethods = false)
class MeetingSteps {

    @Bean
    StepHandler meetingDraftStep(@Lazy MeetingService meetings) {
        return new StepHandler() {
            @Override
            public String template() {
                return MeetingService.PLAN_TEMPLATE;
            }

            @Override
            public String activityId() {
                return "draft";
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                meetings.submit(meetings.byKey(task.businessKey()));
                return Map.of();
            }
        };
    }

    @Bean
    StepHandler meetingBookingConfirmStep(@Lazy BookingService bookings, @Lazy BookingRepository repository,
                                          CurrentUsers currentUsers, MessageSource messages) {
        return new StepHandler() {
            @Override
            public String template() {
                return MeetingProcesses.BOOKING;
            }

            @Override
            public String activityId() {
                return "confirm";
            }

            @Override
            public List<StepChoice> choices(TodoTask task) {
                Locale locale = LocaleContextHolder.getLocale();
                return List.of(new StepChoice("approved", "meeting.booking.decision", StepChoice.Kind.PERSON,
                        List.of(new StepChoice.Option("true", messages.getMessage("meeting.booking.approve", null, locale)),
                                new StepChoice.Option("false", messages.getMessage("meeting.booking.reject", null, locale))),
                        List.of("true"), "booking-decision"));
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                String value = decision.value("approved");
                if (!"true".equals(value) && !"false".equals(value)) {
                    throw new BusinessRuleException("meeting.error.bookingDecision");
                }
                RoomBooking booking = repository.findById(MeetingProcesses.idOf(task.businessKey())).orElseThrow();
                if (booking.getStatus() != RoomBooking.Status.PENDING) {
                    throw new BusinessRuleException("meeting.error.bookingDecided");
                }
                bookings.decide(booking, Boolean.parseBoolean(value), currentUsers.current().username());
                return Map.of("approved", Boolean.parseBoolean(value));
            }
        };
    }
}
