package org.zhengtong.vehicle.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 用车审批 ({@code vehicle-booking}, designable per unit and 市内/市外: 用车申请 → the unit's approval steps → 派车).
 * Sending an approval step on approves; 不同意 (the kit's refusal, with a reason) at any step ends the process and
 * the booking is 未批准. At 派车 the fleet manager chooses the car and the driver ({@link VehicleBookingService#assign}).
 */
@Configuration(proxyBeanMethods = false)
class VehicleProcesses {

    static final String CAR = "carId";
    static final String DRIVER = "driverId";

    private static final ProcessTemplate.Design DESIGN = new ProcessTemplate.Design(
            "vehicle/booking-frame.bpmn20.xml",
            new ProcessTemplate.Codes("tripScope", Arrays.stream(TripScope.values()).collect(
                    Collectors.toMap(Enum::name, TripScope::label, (a, b) -> a, LinkedHashMap::new))),
            new ProcessTemplate.Codes("classification", new LinkedHashMap<>(Map.of(
                    Classification.UNCLASSIFIED.name(), Classification.UNCLASSIFIED.label()))),
            new ProcessTemplate.Codes("urgency", new LinkedHashMap<>(Map.of("NORMAL", "平件"))),
            null, List.of());

    @Bean
    ProcessTemplate vehicleBookingTemplate(@Lazy VehicleBookingService bookings, @Lazy Workflow workflow,
                                           CurrentUsers currentUsers) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return VehicleBookingService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "vehicle/booking.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(VehicleBookingService.DISPATCH);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("bookingId", Long.class),
                        StartVariable.required("unitId", Long.class),
                        StartVariable.required("tripScope", String.class),
                        StartVariable.optional("classification", String.class),
                        StartVariable.optional("urgency", String.class));
            }

            /** A trip is soon: a designed approval step without a deadline of its own is due in a day. */
            @Override
            public Duration stepTime() {
                return Duration.ofDays(1);
            }

            @Override
            public Optional<Design> design() {
                return Optional.of(DESIGN);
            }

            @Override
            public String sendLabelKey(String activityId) {
                return VehicleBookingService.DISPATCH.equals(activityId) ? "vehicle.action.dispatch"
                        : "vehicle.action.approve";
            }

            @Override
            public boolean offersRefusal(TodoTask task) {
                return task.addedSignerFor() == null;
            }

            @Override
            public void refuse(TodoTask task, String reason) {
                bookings.refusedByProcess(task.businessKey(), endRefused(workflow, currentUsers.current().username(),
                        task, reason, "vehicle.error"));
            }

            @Override
            public void afterAction(ActionDone done) {
                switch (done.action()) {
                    case SEND, RETURN, WITHDRAW -> {
                        if (!done.ended()) {
                            bookings.sync(bookings.byKey(done.businessKey()));
                        }
                    }
                    case TERMINATE -> bookings.endedByProcess(done.businessKey());
                    default -> {
                        // refusal (done in refuse), transfer, added signer, urge: the booking stays as it is
                    }
                }
            }
        };
    }

    @Bean
    StepHandler vehicleDispatchStep(@Lazy VehicleBookingService bookings, OrgDirectory directory) {
        return new StepHandler() {
            @Override
            public String template() {
                return VehicleBookingService.TEMPLATE;
            }

            @Override
            public String activityId() {
                return VehicleBookingService.DISPATCH;
            }

            @Override
            public List<StepChoice> choices(TodoTask task) {
                Booking booking = bookings.byKey(task.businessKey());
                List<StepChoice.Option> carOptions = bookings.freeCars(booking).stream()
                        .map(c -> new StepChoice.Option(String.valueOf(c.id()), c.label() + "（" + c.seats() + "座）"))
                        .toList();
                List<StepChoice.Option> driverOptions = bookings.freeDrivers(booking).stream()
                        .map(d -> new StepChoice.Option(String.valueOf(d.getId()),
                                directory.nameOf(d.getUsername()) + " " + d.getPhone()))
                        .toList();
                return List.of(
                        new StepChoice(CAR, "vehicle.dispatch.car", StepChoice.Kind.PERSON, carOptions,
                                carOptions.isEmpty() ? List.of() : List.of(carOptions.get(0).value()), "dispatch-car"),
                        new StepChoice(DRIVER, "vehicle.dispatch.driver", StepChoice.Kind.PERSON, driverOptions,
                                driverOptions.isEmpty() ? List.of() : List.of(driverOptions.get(0).value()),
                                "dispatch-driver"));
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                bookings.assign(bookings.byKey(task.businessKey()), id(decision.value(CAR), "vehicle.validation.car"),
                        id(decision.value(DRIVER), "vehicle.validation.driverChoice"));
                return Map.of();
            }
        };
    }

    /** A chosen id as posted; anything but digits is refused with the choice's message. */
    private static Long id(String value, String refusal) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new BusinessRuleException(refusal);
        }
        return Long.valueOf(value);
    }
}
