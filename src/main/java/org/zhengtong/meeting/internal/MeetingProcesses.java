package org.zhengtong.meeting.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhengtong.platform.Classification;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The module's processes: 会议方案审批 ({@code meeting-plan}, designable per unit and kind: 拟定 → the unit's chain →
 * notice), 会议室预订审批 ({@code meeting-booking}), 会议纪要审批 ({@code meeting-minutes}) and 议定事项办理
 * ({@code meeting-decision}, its due date watched by 督办).
 */
@Configuration(proxyBeanMethods = false)
class MeetingProcesses {

    static final String BOOKING = "meeting-booking";
    static final String MINUTES = "meeting-minutes";
    static final String DECISION = "meeting-decision";

    private static final ProcessTemplate.Design PLAN_DESIGN = new ProcessTemplate.Design(
            "meeting/plan-frame.bpmn20.xml",
            new ProcessTemplate.Codes("meetingKind", Arrays.stream(MeetingKind.values()).collect(
                    Collectors.toMap(Enum::name, MeetingKind::label, (a, b) -> a, LinkedHashMap::new))),
            new ProcessTemplate.Codes("classification", Arrays.stream(Classification.values()).collect(
                    Collectors.toMap(Enum::name, Classification::label, (a, b) -> a, LinkedHashMap::new))),
            new ProcessTemplate.Codes("urgency", new LinkedHashMap<>(Map.of("NORMAL", "平件"))),
            null, List.of());

    @Bean
    ProcessTemplate meetingPlanTemplate(@Lazy MeetingService meetings, @Lazy Workflow workflow) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return MeetingService.PLAN_TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "meeting/plan.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of("draft");
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("meetingId", Long.class),
                        StartVariable.required("unitId", Long.class),
                        StartVariable.optional("meetingKind", String.class),
                        StartVariable.optional("classification", String.class),
                        StartVariable.optional("urgency", String.class),
                        StartVariable.optional(Workflow.REQUIRED_CLEARANCE, String.class));
            }

            @Override
            public Optional<Design> design() {
                return Optional.of(PLAN_DESIGN);
            }

            @Override
            public String sendLabelKey(String activityId) {
                return "draft".equals(activityId) ? "meeting.action.submit" : "workflow.action.send";
            }

            @Override
            public void afterAction(ActionDone done) {
                Meeting meeting = meetings.byKey(done.businessKey());
                switch (done.action()) {
                    case SEND -> {
                        if (done.ended()) {
                            meetings.notice(meeting);
                        }
                    }
                    case RETURN, WITHDRAW -> {
                        if (workflow.openTasks(done.processInstanceId()).stream()
                                .anyMatch(t -> "draft".equals(t.activityId()))) {
                            meetings.backToDraft(meeting);
                        }
                    }
                    case TERMINATE -> meetings.cancelled(meeting);
                    default -> {
                        // transfer, added signer, urge: the meeting stays as it is
                    }
                }
            }
        };
    }

    @Bean
    ProcessTemplate meetingBookingTemplate(@Lazy BookingService bookings, @Lazy BookingRepository repository) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return BOOKING;
            }

            @Override
            public String bpmnResource() {
                return "meeting/booking.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of("confirm");
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("keeper", String.class),
                        StartVariable.required("bookingId", Long.class));
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.action() == org.zhengtong.workflow.TaskAction.TERMINATE) {
                    repository.findById(idOf(done.businessKey())).filter(b -> b.getStatus().holds())
                            .ifPresent(b -> bookings.decide(b, false, null));
                }
            }
        };
    }

    @Bean
    ProcessTemplate meetingMinutesTemplate(@Lazy MinutesService minutes) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return MINUTES;
            }

            @Override
            public String bpmnResource() {
                return "meeting/minutes.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of("approve");
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("approver", String.class),
                        StartVariable.required("meetingId", Long.class));
            }

            @Override
            public String sendLabelKey(String activityId) {
                return "meeting.action.approveMinutes";
            }

            @Override
            public void afterAction(ActionDone done) {
                long id = idOf(done.businessKey());
                switch (done.action()) {
                    case SEND -> {
                        if (done.ended()) {
                            minutes.approved(id);
                        }
                    }
                    case TERMINATE -> minutes.backToDraft(id);
                    default -> {
                        // the 纪要 stays as it is
                    }
                }
            }
        };
    }

    @Bean
    ProcessTemplate meetingDecisionTemplate(@Lazy DecisionService decisions) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return DECISION;
            }

            @Override
            public String bpmnResource() {
                return "meeting/decision.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of("carryOut");
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("owner", String.class),
                        StartVariable.required("deadline", java.util.Date.class),
                        StartVariable.required("decisionId", Long.class));
            }

            @Override
            public String sendLabelKey(String activityId) {
                return "meeting.action.closeDecision";
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.ended() && (done.action() == org.zhengtong.workflow.TaskAction.SEND
                        || done.action() == org.zhengtong.workflow.TaskAction.TERMINATE)) {
                    decisions.closed(idOf(done.businessKey()));
                }
            }
        };
    }

    static long idOf(String businessKey) {
        return BusinessKeys.idOf(businessKey)
                .orElseThrow(() -> new org.zhengtong.platform.NotFoundException("meeting", businessKey));
    }

    /** Whether a task is at 拟定 of a plan. */
    static boolean atDraft(TodoTask task) {
        return "draft".equals(task.activityId());
    }
}
