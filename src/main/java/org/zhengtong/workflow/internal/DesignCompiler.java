package org.zhengtong.workflow.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.MultiInstanceLoopCharacteristics;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.DocumentProcessOptions;
import org.zhengtong.workflow.ProcessDirection;
import org.zhengtong.workflow.WorkflowException;
import org.zhengtong.workflow.internal.DesignNode.ConditionType;
import org.zhengtong.workflow.internal.DesignNode.Kind;
import org.zhengtong.workflow.internal.DesignNode.Step;

/**
 * Compiles a designed node chain into a BPMN model around the fixed steps the document module works on:
 * 发文 拟稿 → [nodes] → 编号登记 → 用印 → 分发; 收文 签收 → 登记 → [nodes] → 承办 → 传阅 (when readers were chosen).
 * Expressions call only {@link Assignees} or read process variables; what an administrator typed (names) goes
 * into element names only, and everything placed into an expression is a validated code or username. The engine
 * evaluates a task's name as an expression, so a name holding {@code ${} or {@code #{} is refused.
 */
@Component
class DesignCompiler {

    /** The platform's positions (职务); their labels are the {@code position.*} messages. */
    static final List<String> POSITIONS = List.of("UNIT_HEAD", "LEADER_IN_CHARGE", "OFFICE_DIRECTOR",
            "CONFIDENTIAL_SECRETARY", "SECTION_CHIEF", "DEPUTY_SECTION_CHIEF", "CLERK");
    static final int MAX_NODES = 30;
    /** A node's name becomes the task's name, kept with each body version ({@code doc_body_version.step_name}). */
    static final int MAX_NODE_NAME = 50;
    static final int MAX_DEADLINE = 999;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,40}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final String STEP_DUE = "${stepDue}";
    private static final String SECRETARY = "CONFIDENTIAL_SECRETARY";

    private final OrgDirectory directory;
    private final DocumentProcessOptions options;

    DesignCompiler(OrgDirectory directory, DocumentProcessOptions options) {
        this.directory = directory;
        this.options = options;
    }

    /** Checks the nodes; a refusal names the node and what is wrong with it. */
    void validate(ProcessDirection direction, List<DesignNode> nodes) {
        if (nodes.isEmpty()) {
            throw new WorkflowException("designer.error.noNodes");
        }
        if (nodes.size() > MAX_NODES) {
            throw new WorkflowException("designer.error.tooManyNodes", MAX_NODES);
        }
        Set<Step> seen = EnumSet.noneOf(Step.class);
        for (int i = 0; i < nodes.size(); i++) {
            DesignNode node = nodes.get(i);
            int no = i + 1;
            String name = node.getName() == null ? "" : node.getName().strip();
            if (name.isEmpty() || name.length() > MAX_NODE_NAME) {
                throw new WorkflowException("designer.error.nodeName", no, MAX_NODE_NAME);
            }
            if (ExpressionRules.containsExpression(name)) {
                throw new WorkflowException("designer.error.nodeNameExpression", no, name);
            }
            if (node.getKind() == null) {
                throw new WorkflowException("designer.error.kind", no, name);
            }
            validateStep(direction, node, no, name, seen);
            validateHandler(direction, node, no, name, seen);
            if (node.getDeadline() != null && (node.getDeadline() < 1 || node.getDeadline() > MAX_DEADLINE
                    || node.getDeadlineUnit() == null)) {
                throw new WorkflowException("designer.error.deadline", no, name, MAX_DEADLINE);
            }
            validateCondition(node, no, name);
            if (node.getStep() != null) {
                seen.add(node.getStep());
            }
        }
        if (direction == ProcessDirection.INCOMING && !seen.contains(Step.INSTRUCT)) {
            throw new WorkflowException("designer.error.instructRequired");
        }
    }

    private void validateStep(ProcessDirection direction, DesignNode node, int no, String name, Set<Step> seen) {
        Step step = node.getStep();
        if (step == null) {
            return;
        }
        if (step.outgoing() != (direction == ProcessDirection.OUTGOING)) {
            throw new WorkflowException("designer.error.stepDirection", no, name, label("designer.step." + step),
                    label("designer.direction." + direction));
        }
        if (seen.contains(step)) {
            throw new WorkflowException("designer.error.stepTwice", label("designer.step." + step));
        }
        if (node.getKind() == Kind.COUNTERSIGN) {
            throw new WorkflowException("designer.error.stepCountersign", no, name, label("designer.step." + step));
        }
        if (step == Step.INSTRUCT && conditional(node)) {
            throw new WorkflowException("designer.error.instructCondition");
        }
    }

    private void validateHandler(ProcessDirection direction, DesignNode node, int no, String name, Set<Step> seen) {
        switch (node.getKind()) {
            case PERSON -> requirePerson(node.getPerson(), no, name);
            case POSITION -> {
                if (!POSITIONS.contains(node.getPosition())) {
                    throw new WorkflowException("designer.error.position", no, name);
                }
            }
            case DEPARTMENT_HEAD, LEADER_IN_CHARGE -> {
                if (direction == ProcessDirection.INCOMING) {
                    throw new WorkflowException("designer.error.incomingKind", no, name,
                            label("designer.kind." + node.getKind()));
                }
            }
            case UNIT_HEAD -> {
                // resolved from the unit at run time
            }
            case COUNTERSIGN -> {
                List<String> people = node.getPeople().stream().filter(p -> p != null && !p.isBlank()).distinct().toList();
                if (people.size() < 2 || node.getMode() == null) {
                    throw new WorkflowException("designer.error.people", no, name);
                }
                people.forEach(p -> requirePerson(p, no, name));
            }
            case CHOSEN -> {
                if (node.getStep() != Step.SIGN_OFF && node.getStep() != Step.INSTRUCT) {
                    throw new WorkflowException("designer.error.chosen", no, name);
                }
                if (node.getStep() == Step.INSTRUCT && !seen.contains(Step.PROPOSE)) {
                    throw new WorkflowException("designer.error.chosenLeader", no, name);
                }
            }
        }
    }

    private void requirePerson(String username, int no, String name) {
        if (username == null || username.isBlank()) {
            throw new WorkflowException("designer.error.person", no, name);
        }
        if (!USERNAME.matcher(username).matches() || directory.person(username).isEmpty()) {
            throw new WorkflowException("designer.error.unknownPerson", no, name, username);
        }
    }

    private void validateCondition(DesignNode node, int no, String name) {
        ConditionType type = node.getConditionType() == null ? ConditionType.NONE : node.getConditionType();
        boolean complete = switch (type) {
            case NONE -> true;
            case CLASSIFICATION_AT_LEAST -> known(options.classifications(), node.getClassification());
            case URGENCY_IS -> known(options.urgencies(), node.getUrgency());
            case TYPE_IN -> !node.getTypes().isEmpty()
                    && node.getTypes().stream().allMatch(t -> known(options.documentTypes(), t));
        };
        if (!complete) {
            throw new WorkflowException("designer.error.condition", no, name);
        }
    }

    private static boolean known(Map<String, String> codes, String code) {
        return code != null && CODE.matcher(code).matches() && codes.containsKey(code);
    }

    private static boolean conditional(DesignNode node) {
        return node.getConditionType() != null && node.getConditionType() != ConditionType.NONE;
    }

    private static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    // ---- compiling ---------------------------------------------------------------------------------------

    /** The BPMN model of a validated chain (without diagram information). */
    BpmnModel compile(String processKey, String processName, ProcessDirection direction, List<DesignNode> nodes) {
        validate(direction, nodes);
        Builder b = new Builder(processKey, processName);
        b.add(start(direction == ProcessDirection.OUTGOING ? "发起" : "来文"));
        String current;
        if (direction == ProcessDirection.OUTGOING) {
            b.add(task("draft", "拟稿", "${initiator}", STEP_DUE));
            b.flow("start", "draft");
            current = "draft";
        } else {
            UserTask signIn = task("signIn", "签收", null, STEP_DUE);
            signIn.setCandidateUsers(List.of("${assignees.positionHolders(unitId, '" + SECRETARY + "')}"));
            b.add(signIn);
            b.add(task("register", "登记", "${clerk}", STEP_DUE));
            b.flow("start", "signIn");
            // 退文 at 签收 ends the process there, as in the default 收文
            b.add(gateway("refusedAtSignIn", "是否退文"));
            b.add(end("refused", "退文"));
            b.flow("signIn", "refusedAtSignIn");
            b.conditionalFlow("refusedAtSignIn", "refused", "退文", "${refused}");
            b.defaultFlow("refusedAtSignIn", "register");
            current = "register";
        }
        for (int i = 0; i < nodes.size(); i++) {
            current = node(b, direction, nodes.get(i), i + 1, current);
        }
        b.add(end("end", "办结"));
        if (direction == ProcessDirection.OUTGOING) {
            for (String[] fixed : new String[][] {{"numbering", "编号登记"}, {"seal", "用印"}, {"distribute", "分发"}}) {
                b.add(task(fixed[0], fixed[1], "${assignees.position(initiator, '" + SECRETARY + "')}", STEP_DUE));
                b.flow(current, fixed[0]);
                current = fixed[0];
            }
            b.flow(current, "end");
        } else {
            b.add(multi(task("handle", "承办", "${handler}", STEP_DUE), "${handlers}", "handler"));
            b.flow(current, "handle");
            b.add(gateway("needsCirculation", "是否传阅"));
            b.flow("handle", "needsCirculation");
            b.add(multi(task("circulate", "传阅", "${reader}", STEP_DUE), "${readers}", "reader"));
            b.conditionalFlow("needsCirculation", "circulate", "传阅", "${readers.size() > 0}");
            b.defaultFlow("needsCirculation", "end");
            b.flow("circulate", "end");
        }
        return b.model;
    }

    /** Adds one node (with its condition and, for 核稿, the 会签 chosen there); returns the id to continue from. */
    private String node(Builder b, ProcessDirection direction, DesignNode node, int no, String current) {
        String entry;
        String exit;
        String id = node.getStep() != null ? node.getStep().activityId() : "node" + no;
        UserTask task = task(id, node.getName().strip(), assignee(direction, node), due(node));
        if (node.getKind() == Kind.COUNTERSIGN) {
            String people = String.join(",", node.getPeople().stream().filter(p -> p != null && !p.isBlank())
                    .distinct().toList());
            multi(task, "${assignees.namedPeople('" + people + "')}", "designedSigner");
            if (node.getMode() == DesignNode.CountersignMode.ANY) {
                task.getLoopCharacteristics().setCompletionCondition("${nrOfCompletedInstances >= 1}");
            }
        }
        b.add(task);
        entry = id;
        exit = id;
        if (node.getStep() == Step.OFFICE_REVIEW) {
            // as in the default 发文: 核稿 may ask for a 会签 among the people chosen there
            b.add(gateway("needsCountersign", "是否会签"));
            b.add(multi(task("countersign", "会签", "${countersigner}", STEP_DUE), "${countersigners}", "countersigner"));
            b.add(gateway("countersignDone", null));
            b.flow(id, "needsCountersign");
            b.conditionalFlow("needsCountersign", "countersign", "会签", "${countersigners.size() > 0}");
            b.defaultFlow("needsCountersign", "countersignDone");
            b.flow("countersign", "countersignDone");
            exit = "countersignDone";
        }
        if (!conditional(node)) {
            b.flow(current, entry);
            return exit;
        }
        String test = "if" + no;
        String join = "endIf" + no;
        b.add(gateway(test, conditionLabel(node)));
        b.add(gateway(join, null));
        b.flow(current, test);
        b.conditionalFlow(test, entry, null, conditionExpression(node));
        b.defaultFlow(test, join);
        b.flow(exit, join);
        return join;
    }

    private static String assignee(ProcessDirection direction, DesignNode node) {
        boolean outgoing = direction == ProcessDirection.OUTGOING;
        return switch (node.getKind()) {
            case PERSON -> "${assignees.named('" + node.getPerson() + "')}";
            case POSITION -> positionExpression(outgoing, node.getPosition());
            case UNIT_HEAD -> positionExpression(outgoing, "UNIT_HEAD");
            case DEPARTMENT_HEAD -> "${assignees.departmentHead(initiator)}";
            case LEADER_IN_CHARGE -> "${assignees.leaderInCharge(initiator)}";
            case COUNTERSIGN -> "${designedSigner}";
            case CHOSEN -> node.getStep() == Step.SIGN_OFF ? "${signer}" : "${leader}";
        };
    }

    /** 发文: the initiator's unit; 收文: the receiving unit (the process variable {@code unitId}). */
    private static String positionExpression(boolean outgoing, String position) {
        return outgoing ? "${assignees.position(initiator, '" + position + "')}"
                : "${assignees.positionInUnit(unitId, '" + position + "')}";
    }

    /** ISO-8601 duration for flowable:dueDate; the urgency's step time when the node sets none. */
    private static String due(DesignNode node) {
        if (node.getDeadline() == null) {
            return STEP_DUE;
        }
        return node.getDeadlineUnit() == DesignNode.DeadlineUnit.HOURS ? "PT" + node.getDeadline() + "H"
                : "P" + node.getDeadline() + "D";
    }

    private String conditionExpression(DesignNode node) {
        return switch (node.getConditionType()) {
            case CLASSIFICATION_AT_LEAST -> anyOf("classification", atLeast(node.getClassification()));
            case URGENCY_IS -> anyOf("urgency", List.of(node.getUrgency()));
            case TYPE_IN -> anyOf("documentType", node.getTypes().stream().distinct().toList());
            case NONE -> throw new IllegalStateException("unconditional node");
        };
    }

    private List<String> atLeast(String classification) {
        List<String> ordered = new ArrayList<>(options.classifications().keySet());
        return ordered.subList(ordered.indexOf(classification), ordered.size());
    }

    private static String anyOf(String variable, List<String> codes) {
        return codes.stream().map(code -> variable + " == '" + code + "'")
                .collect(Collectors.joining(" || ", "${", "}"));
    }

    private String conditionLabel(DesignNode node) {
        return switch (node.getConditionType()) {
            case CLASSIFICATION_AT_LEAST -> "密级≥" + options.classifications().get(node.getClassification());
            case URGENCY_IS -> "紧急程度=" + options.urgencies().get(node.getUrgency());
            case TYPE_IN -> "文种∈" + node.getTypes().stream().distinct().map(options.documentTypes()::get)
                    .collect(Collectors.joining("、"));
            case NONE -> throw new IllegalStateException("unconditional node");
        };
    }

    // ---- model elements ----------------------------------------------------------------------------------

    private static StartEvent start(String name) {
        StartEvent start = new StartEvent();
        start.setId("start");
        start.setName(name);
        return start;
    }

    private static EndEvent end(String id, String name) {
        EndEvent end = new EndEvent();
        end.setId(id);
        end.setName(name);
        return end;
    }

    private static UserTask task(String id, String name, String assignee, String due) {
        UserTask task = new UserTask();
        task.setId(id);
        task.setName(name);
        task.setAssignee(assignee);
        task.setDueDate(due);
        return task;
    }

    private static UserTask multi(UserTask task, String collection, String elementVariable) {
        MultiInstanceLoopCharacteristics loop = new MultiInstanceLoopCharacteristics();
        loop.setSequential(false);
        loop.setInputDataItem(collection);
        loop.setElementVariable(elementVariable);
        task.setLoopCharacteristics(loop);
        return task;
    }

    private static ExclusiveGateway gateway(String id, String name) {
        ExclusiveGateway gateway = new ExclusiveGateway();
        gateway.setId(id);
        gateway.setName(name);
        return gateway;
    }

    /** The model under construction: one process, flows numbered in order. */
    private static final class Builder {

        final BpmnModel model = new BpmnModel();
        final Process process = new Process();
        int flows;

        Builder(String key, String name) {
            model.setTargetNamespace("http://zhengtong.org/workflow");
            process.setId(key);
            process.setName(name);
            process.setExecutable(true);
            model.addProcess(process);
        }

        void add(org.flowable.bpmn.model.FlowElement element) {
            process.addFlowElement(element);
        }

        SequenceFlow flow(String from, String to) {
            SequenceFlow flow = new SequenceFlow(from, to);
            flow.setId("flow" + ++flows);
            process.addFlowElement(flow);
            return flow;
        }

        void conditionalFlow(String from, String to, String name, String condition) {
            SequenceFlow flow = flow(from, to);
            flow.setName(name);
            flow.setConditionExpression(condition);
        }

        void defaultFlow(String gateway, String to) {
            SequenceFlow flow = flow(gateway, to);
            ((ExclusiveGateway) process.getFlowElement(gateway)).setDefaultFlow(flow.getId());
        }
    }
}
