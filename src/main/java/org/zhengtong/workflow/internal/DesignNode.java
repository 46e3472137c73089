package org.zhengtong.workflow.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a designed chain, as the editor posts it and as a version stores it (JSON): who handles it, an
 * optional step of the template's module it plays (a {@link org.zhengtong.workflow.ProcessTemplate.DesignStep} code,
 * such as 公文's 签发), a deadline, and a condition under which it runs.
 */
public class DesignNode {

    /** Who handles the step. */
    public enum Kind {
        /** A named person. */
        PERSON,
        /** A position in the handling unit: the initiator's, or the one the template names by a variable. */
        POSITION,
        /** 科长 of the initiator's department (templates handled in the initiator's unit only). */
        DEPARTMENT_HEAD,
        /** 分管领导 of the initiator's department (templates handled in the initiator's unit only). */
        LEADER_IN_CHARGE,
        UNIT_HEAD,
        /** 会签 among chosen people: all of them, or the first one. */
        COUNTERSIGN,
        /** The person chosen at an earlier step, for a step that takes its handler so (公文: the signer of 签发). */
        CHOSEN
    }

    public enum CountersignMode { ALL, ANY }

    public enum DeadlineUnit { HOURS, DAYS }

    public enum ConditionType { NONE, CLASSIFICATION_AT_LEAST, URGENCY_IS, TYPE_IN }

    private String name;
    private Kind kind = Kind.POSITION;
    private String step;
    private String person;
    private String position;
    private List<String> people = new ArrayList<>();
    private CountersignMode mode = CountersignMode.ALL;
    private Integer deadline;
    private DeadlineUnit deadlineUnit = DeadlineUnit.DAYS;
    private ConditionType conditionType = ConditionType.NONE;
    private String classification;
    private String urgency;
    private List<String> types = new ArrayList<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step == null || step.isBlank() ? null : step; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public List<String> getPeople() { return people; }
    public void setPeople(List<String> people) { this.people = people == null ? new ArrayList<>() : people; }
    public CountersignMode getMode() { return mode; }
    public void setMode(CountersignMode mode) { this.mode = mode; }
    public Integer getDeadline() { return deadline; }
    public void setDeadline(Integer deadline) { this.deadline = deadline; }
    public DeadlineUnit getDeadlineUnit() { return deadlineUnit; }
    public void setDeadlineUnit(DeadlineUnit deadlineUnit) { this.deadlineUnit = deadlineUnit; }
    public ConditionType getConditionType() { return conditionType; }
    public void setConditionType(ConditionType conditionType) { this.conditionType = conditionType; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public List<String> getTypes() { return types; }
    public void setTypes(List<String> types) { this.types = types == null ? new ArrayList<>() : types; }
}
