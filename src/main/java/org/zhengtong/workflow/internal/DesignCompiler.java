package org.zhengtong.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.MultiInstanceLoopCharacteristics;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.ProcessTemplate.Codes;
import org.zhengtong.workflow.ProcessTemplate.Design;
import org.zhengtong.workflow.ProcessTemplate.DesignStep;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.WorkflowException;
import org.zhengtong.workflow.internal.DesignNode.ConditionType;
import org.zhengtong.workflow.internal.DesignNode.Kind;

/**
 * Compiles a designed node chain into a BPMN model inside its template's frame ({@link Design#frame()}): the
 * designed steps replace the frame's {@value Design#PLACEHOLDER} element, so the steps the template's module works
 * on (公文: 拟稿 before, 编号登记 → 用印 → 分发 after) stay as the module wrote them. Expressions call only
 * {@link Assignees} or read process variables; what an administrator typed (names) goes into element names only,
 * and everything placed into an expression is a validated code or username, or a variable name of the template.
 * The engine evaluates a task's name as an expression, so a name holding {@code ${} or {@code #{} is refused.
 */
@Component
class DesignCompiler {

    /** The platform's positions (职务); their labels are the {@code position.*} messages. */
    static final List<String> POSITIONS = List.of(Positions.UNIT_HEAD, Positions.LEADER_IN_CHARGE,
            Positions.OFFICE_DIRECTOR, Positions.CONFIDENTIAL_SECRETARY, Positions.SECTION_CHIEF,
            Positions.DEPUTY_SECTION_CHIEF, Positions.CLERK);
    static final int MAX_NODES = 30;
    /** A node's name becomes the task's name, kept with each body version ({@code doc_body_version.step_name}). */
    static final int MAX_NODE_NAME = 50;
    static final int MAX_DEADLINE = 999;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,40}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final String STEP_DUE = "${stepDue}";

    private final OrgDirectory directory;
    private final ProcessTemplates templates;

    DesignCompiler(OrgDirectory directory, ProcessTemplates templates) {
        this.directory = directory;
        this.templates = templates;
    }

    /** What the template offers the designer; a refusal when it offers nothing. */
    static Design designOf(ProcessTemplate template) {
        return template.design().orElseThrow(() -> new WorkflowException("designer.error.template", template.key()));
    }

    /** Checks the nodes; a refusal names the node and what is wrong with it. */
    void validate(ProcessTemplate template, List<DesignNode> nodes) {
        Design design = designOf(template);
        if (nodes.isEmpty()) {
            throw new WorkflowException("designer.error.noNodes");
        }
        if (nodes.size() > MAX_NODES) {
            throw new WorkflowException("designer.error.tooManyNodes", MAX_NODES);
        }
        Set<String> seen = new HashSet<>();
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
            validateStep(template, node, no, name, seen);
            validateHandler(template, node, no, name, seen);
            if (node.getDeadline() != null && (node.getDeadline() < 1 || node.getDeadline() > MAX_DEADLINE
                    || node.getDeadlineUnit() == null)) {
                throw new WorkflowException("designer.error.deadline", no, name, MAX_DEADLINE);
            }
            validateCondition(design, node, no, name);
            if (node.getStep() != null) {
                seen.add(node.getStep());
            }
        }
        for (DesignStep step : design.steps()) {
            if (step.required() && !seen.contains(step.code())) {
                throw new WorkflowException("designer.error.required." + step.code());
            }
        }
    }

    /** Whether some template offers this step code: a form posting anything else is unreadable. */
    boolean knownStep(String code) {
        return templates.designable().stream().anyMatch(t -> designOf(t).step(code).isPresent());
    }

    private void validateStep(ProcessTemplate template, DesignNode node, int no, String name, Set<String> seen) {
        String code = node.getStep();
        if (code == null) {
            return;
        }
        DesignStep step = designOf(template).step(code).orElse(null);
        if (step == null) {
            throw new WorkflowException("designer.error.stepTemplate", no, name, stepLabel(code),
                    label(template.nameKey()));
        }
        if (seen.contains(code)) {
            throw new WorkflowException("designer.error.stepTwice", stepLabel(code));
        }
        if (node.getKind() == Kind.COUNTERSIGN) {
            throw new WorkflowException("designer.error.stepCountersign", no, name, stepLabel(code));
        }
        if (step.required() && conditional(node)) {
            throw new WorkflowException("designer.error.unconditional." + code);
        }
    }

    private void validateHandler(ProcessTemplate template, DesignNode node, int no, String name, Set<String> seen) {
        Design design = designOf(template);
        switch (node.getKind()) {
            case PERSON -> requirePerson(node.getPerson(), no, name);
            case POSITION -> {
                if (!POSITIONS.contains(node.getPosition())) {
                    throw new WorkflowException("designer.error.position", no, name);
                }
            }
            case DEPARTMENT_HEAD, LEADER_IN_CHARGE -> {
                if (design.unitVariable() != null) {
                    throw new WorkflowException("designer.error.initiatorKind." + template.key(), no, name,
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
                DesignStep step = node.getStep() == null ? null : design.step(node.getStep()).orElse(null);
                if (step == null || step.chosenVariable() == null) {
                    throw new WorkflowException("designer.error.chosen." + template.key(), no, name);
                }
                if (step.chosenAt() != null && !seen.contains(step.chosenAt())) {
                    throw new WorkflowException("designer.error.chosenAt." + step.code(), no, name);
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

    private static void validateCondition(Design design, DesignNode node, int no, String name) {
        ConditionType type = node.getConditionType() == null ? ConditionType.NONE : node.getConditionType();
        boolean complete = switch (type) {
            case NONE -> true;
            case CLASSIFICATION_AT_LEAST -> known(design.classifications(), node.getClassification());
            case URGENCY_IS -> known(design.urgencies(), node.getUrgency());
            case TYPE_IN -> !node.getTypes().isEmpty()
                    && node.getTypes().stream().allMatch(t -> known(design.types(), t));
        };
        if (!complete) {
            throw new WorkflowException("designer.error.condition", no, name);
        }
    }

    private static boolean known(Codes codes, String code) {
        return code != null && CODE.matcher(code).matches() && codes.labels().containsKey(code);
    }

    private static boolean conditional(DesignNode node) {
        return node.getConditionType() != null && node.getConditionType() != ConditionType.NONE;
    }

    private static DefaultMessageSourceResolvable stepLabel(String code) {
        return label("designer.step." + code);
    }

    private static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    // ---- compiling ---------------------------------------------------------------------------------------

    /** The BPMN model of a validated chain (without diagram information). */
    BpmnModel compile(String processKey, String processName, ProcessTemplate template, List<DesignNode> nodes) {
        validate(template, nodes);
        Design design = designOf(template);
        Builder b = new Builder(frame(design), processKey, processName);
        FlowElement placeholder = b.process.getFlowElement(Design.PLACEHOLDER);
        if (!(placeholder instanceof FlowNode slot) || slot.getIncomingFlows().size() != 1
                || slot.getOutgoingFlows().size() != 1) {
            throw new IllegalStateException("the frame of " + template.key() + " has no element "
                    + Design.PLACEHOLDER + " with one flow in and one out");
        }
        SequenceFlow in = slot.getIncomingFlows().get(0);
        SequenceFlow out = slot.getOutgoingFlows().get(0);
        b.process.removeFlowElement(in.getId());
        b.process.removeFlowElement(out.getId());
        b.process.removeFlowElement(slot.getId());
        String current = in.getSourceRef();
        for (int i = 0; i < nodes.size(); i++) {
            current = node(b, design, nodes.get(i), i + 1, current);
        }
        b.flow(current, out.getTargetRef());
        b.unlink();
        return b.model;
    }

    private static BpmnModel frame(Design design) {
        try (InputStream in = new ClassPathResource(design.frame()).getInputStream()) {
            return ProcessDeployer.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one node (with its condition and any 会签 it is followed by); returns the id to continue from. */
    private String node(Builder b, Design design, DesignNode node, int no, String current) {
        DesignStep step = node.getStep() == null ? null : design.step(node.getStep()).orElseThrow();
        String id = step != null ? step.activityId() : "node" + no;
        UserTask task = task(id, node.getName().strip(), assignee(design, node, step), due(node));
        if (node.getKind() == Kind.COUNTERSIGN) {
            String people = String.join(",", node.getPeople().stream().filter(p -> p != null && !p.isBlank())
                    .distinct().toList());
            multi(task, "${assignees.namedPeople('" + people + "')}", "designedSigner");
            if (node.getMode() == DesignNode.CountersignMode.ANY) {
                task.getLoopCharacteristics().setCompletionCondition("${nrOfCompletedInstances >= 1}");
            }
        }
        b.add(task);
        String entry = id;
        String exit = id;
        if (step != null && step.countersignVariable() != null) {
            // a 会签 among the people chosen at this step, when any were chosen
            String people = variable(step.countersignVariable());
            b.add(gateway("needsCountersign", "是否会签"));
            b.add(multi(task("countersign", "会签", "${countersigner}", STEP_DUE), "${" + people + "}", "countersigner"));
            b.add(gateway("countersignDone", null));
            b.flow(id, "needsCountersign");
            b.conditionalFlow("needsCountersign", "countersign", "会签", "${" + people + ".size() > 0}");
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
        b.add(gateway(test, conditionLabel(design, node)));
        b.add(gateway(join, null));
        b.flow(current, test);
        b.conditionalFlow(test, entry, null, conditionExpression(design, node));
        b.defaultFlow(test, join);
        b.flow(exit, join);
        return join;
    }

    private static String assignee(Design design, DesignNode node, DesignStep step) {
        return switch (node.getKind()) {
            case PERSON -> "${assignees.named('" + node.getPerson() + "')}";
            case POSITION -> positionExpression(design, node.getPosition());
            case UNIT_HEAD -> positionExpression(design, Positions.UNIT_HEAD);
            case DEPARTMENT_HEAD -> "${assignees.departmentHead(initiator)}";
            case LEADER_IN_CHARGE -> "${assignees.leaderInCharge(initiator)}";
            case COUNTERSIGN -> "${designedSigner}";
            case CHOSEN -> "${" + variable(step.chosenVariable()) + "}";
        };
    }

    /** The initiator's unit, or the unit in the template's variable (公文's 收文: the receiving unit). */
    private static String positionExpression(Design design, String position) {
        return design.unitVariable() == null ? "${assignees.position(initiator, '" + position + "')}"
                : "${assignees.positionInUnit(" + variable(design.unitVariable()) + ", '" + position + "')}";
    }

    /** A template's variable name, as it goes into an expression. */
    private static String variable(String name) {
        if (name == null || !VARIABLE.matcher(name).matches()) {
            throw new IllegalStateException("not a variable name: " + name);
        }
        return name;
    }

    /** ISO-8601 duration for flowable:dueDate; the urgency's step time when the node sets none. */
    private static String due(DesignNode node) {
        if (node.getDeadline() == null) {
            return STEP_DUE;
        }
        return node.getDeadlineUnit() == DesignNode.DeadlineUnit.HOURS ? "PT" + node.getDeadline() + "H"
                : "P" + node.getDeadline() + "D";
    }

    private static String conditionExpression(Design design, DesignNode node) {
        return switch (node.getConditionType()) {
            case CLASSIFICATION_AT_LEAST -> anyOf(design.classifications(), atLeast(design, node.getClassification()));
            case URGENCY_IS -> anyOf(design.urgencies(), List.of(node.getUrgency()));
            case TYPE_IN -> anyOf(design.types(), node.getTypes().stream().distinct().toList());
            case NONE -> throw new IllegalStateException("unconditional node");
        };
    }

    private static List<String> atLeast(Design design, String classification) {
        List<String> ordered = new ArrayList<>(design.classifications().labels().keySet());
        return ordered.subList(ordered.indexOf(classification), ordered.size());
    }

    private static String anyOf(Codes codes, List<String> values) {
        String variable = variable(codes.variable());
        return values.stream().map(code -> variable + " == '" + code + "'")
                .collect(Collectors.joining(" || ", "${", "}"));
    }

    private static String conditionLabel(Design design, DesignNode node) {
        return switch (node.getConditionType()) {
            case CLASSIFICATION_AT_LEAST -> "密级≥" + design.classifications().labels().get(node.getClassification());
            case URGENCY_IS -> "紧急程度=" + design.urgencies().labels().get(node.getUrgency());
            case TYPE_IN -> "文种∈" + node.getTypes().stream().distinct().map(design.types().labels()::get)
                    .collect(Collectors.joining("、"));
            case NONE -> throw new IllegalStateException("unconditional node");
        };
    }

    // ---- model elements ----------------------------------------------------------------------------------

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

    /** The frame under construction, renamed to the design's process; new flows numbered after the frame's. */
    private static final class Builder {

        final BpmnModel model;
        final Process process;
        int flows;

        Builder(BpmnModel frame, String key, String name) {
            model = frame;
            if (model.getProcesses().size() != 1) {
                throw new IllegalStateException("a frame has one process");
            }
            model.getLocationMap().clear();
            model.getFlowLocationMap().clear();
            model.getLabelLocationMap().clear();
            process = model.getMainProcess();
            process.setId(key);
            process.setName(name);
            process.setExecutable(true);
        }

        void add(FlowElement element) {
            if (process.getFlowElement(element.getId()) != null) {
                throw new IllegalStateException("the frame already has an element " + element.getId());
            }
            process.addFlowElement(element);
        }

        SequenceFlow flow(String from, String to) {
            String id;
            do {
                id = "flow" + ++flows;
            } while (process.getFlowElement(id) != null);
            SequenceFlow flow = new SequenceFlow(from, to);
            flow.setId(id);
            process.addFlowElement(flow);
            return flow;
        }

        /**
         * Forgets the frame's lists of each node's flows, which still name the removed ones: the model is then as
         * one built from scratch, whose flows are known by their source and target only.
         */
        void unlink() {
            process.findFlowElementsOfType(FlowNode.class).forEach(node -> {
                node.getIncomingFlows().clear();
                node.getOutgoingFlows().clear();
            });
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
