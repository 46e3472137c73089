package org.zhengtong.petition.internal;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.StepChoices;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/**
 * The steps of 信访事项办理 that do work: 拟办 (受理 to a leader, 不予受理, 转送), 交办 (the units), 办理并报告 (the unit's
 * report), 审核答复意见 (a reply drafted), 答复 and 回访 (the satisfaction). 领导批示 is a plain step: the leader's
 * opinion is the 批示.
 */
@Configuration(proxyBeanMethods = false)
class PetitionSteps {

    static final String DISPOSITION = "disposition";
    static final String LEADER = "leader";
    static final String FORWARD_TO = "forwardTo";
    static final String UNITS = "units";
    static final String SATISFACTION = "satisfaction";

    @Bean
    StepHandler petitionProposeStep(@Lazy PetitionService petitions, StepChoices choices, OrgDirectory directory,
                                    MessageSource messages) {
        return new Step(PetitionProcesses.PROPOSE) {
            @Override
            public List<StepChoice> choices(TodoTask task) {
                Petition petition = petitions.byKey(task.businessKey());
                String head = directory.holders(petition.getUnitId(), Positions.UNIT_HEAD).stream().findFirst()
                        .map(OrgDirectory.PersonRef::username).orElse(null);
                List<StepChoice.Option> units = new ArrayList<>();
                units.add(new StepChoice.Option("", text(messages, "petition.action.noForward")));
                otherUnits(petitions, petition).forEach(u -> units.add(new StepChoice.Option(String.valueOf(u.id()),
                        u.name())));
                return List.of(
                        new StepChoice(DISPOSITION, "petition.action.disposition", StepChoice.Kind.PERSON,
                                List.of("ACCEPT", "NOT_ACCEPTED", "FORWARD").stream().map(d -> new StepChoice.Option(d,
                                        text(messages, "petition.disposition." + d))).toList(), List.of("ACCEPT"),
                                "petition-disposition"),
                        choices.person(LEADER, "petition.action.leader", "petition-leader", petition.getUnitId(),
                                p -> Positions.UNIT_HEAD.equals(p.position())
                                        || Positions.LEADER_IN_CHARGE.equals(p.position()), head),
                        new StepChoice(FORWARD_TO, "petition.action.forwardTo", StepChoice.Kind.PERSON, units,
                                List.of(""), "petition-forward"));
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                return petitions.propose(petitions.byKey(task.businessKey()), decision.value(DISPOSITION),
                        decision.value(LEADER), decision.value(FORWARD_TO), decision.opinion());
            }
        };
    }

    @Bean
    StepHandler petitionAssignStep(@Lazy PetitionService petitions) {
        return new Step(PetitionProcesses.ASSIGN) {
            @Override
            public List<StepChoice> choices(TodoTask task) {
                Petition petition = petitions.byKey(task.businessKey());
                return List.of(new StepChoice(UNITS, "petition.action.units", StepChoice.Kind.CHECKBOXES,
                        otherUnits(petitions, petition).stream().map(u -> new StepChoice.Option(String.valueOf(u.id()),
                                u.name())).toList(), List.of(), "petition-units"));
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                return petitions.assign(petitions.byKey(task.businessKey()), decision.values(UNITS));
            }
        };
    }

    @Bean
    StepHandler petitionHandleStep(@Lazy PetitionService petitions, CurrentUsers currentUsers) {
        return new Step(PetitionProcesses.HANDLE) {
            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                petitions.report(petitions.byKey(task.businessKey()), currentUsers.current().username(),
                        decision.opinion());
                return Map.of();
            }
        };
    }

    @Bean
    StepHandler petitionReviewStep(@Lazy PetitionService petitions) {
        return new Step(PetitionProcesses.REVIEW) {
            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                petitions.requireReply(petitions.byKey(task.businessKey()));
                return Map.of();
            }
        };
    }

    @Bean
    StepHandler petitionReplyStep(@Lazy PetitionService petitions) {
        return new Step(PetitionProcesses.REPLY) {
            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                petitions.replied(petitions.byKey(task.businessKey()));
                return Map.of();
            }
        };
    }

    @Bean
    StepHandler petitionVisitStep(@Lazy PetitionService petitions, MessageSource messages) {
        return new Step(PetitionProcesses.VISIT) {
            @Override
            public List<StepChoice> choices(TodoTask task) {
                return List.of(new StepChoice(SATISFACTION, "petition.action.satisfaction", StepChoice.Kind.PERSON,
                        Arrays.stream(Satisfaction.values()).map(s -> new StepChoice.Option(s.name(),
                                text(messages, s.messageKey()))).toList(), List.of(Satisfaction.SATISFIED.name()),
                        "petition-satisfaction"));
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                String value = decision.value(SATISFACTION);
                Satisfaction satisfaction = Arrays.stream(Satisfaction.values()).filter(s -> s.name().equals(value))
                        .findFirst().orElseThrow(() -> new BusinessRuleException("petition.error.satisfaction"));
                petitions.visited(petitions.byKey(task.businessKey()), satisfaction);
                return Map.of();
            }
        };
    }

    /** The units a case may go to: every unit but its own and those it complains about. */
    static List<OrgDirectory.UnitRef> otherUnits(PetitionService petitions, Petition petition) {
        return petitions.units().stream().filter(u -> u.id() != petition.getUnitId()
                && !petition.getComplainedUnitIds().contains(u.id())).toList();
    }

    private static String text(MessageSource messages, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }

    /** A step of 信访事项办理. */
    private abstract static class Step implements StepHandler {

        private final String activityId;

        Step(String activityId) {
            this.activityId = activityId;
        }

        @Override
        public String template() {
            return PetitionService.TEMPLATE;
        }

        @Override
        public String activityId() {
            return activityId;
        }
    }
}
