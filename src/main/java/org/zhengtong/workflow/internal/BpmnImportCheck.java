package org.zhengtong.workflow.internal;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BaseElement;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.InclusiveGateway;
import org.flowable.bpmn.model.ManualTask;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.UserTask;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.WorkflowException;

/**
 * The safety check an uploaded BPMN file passes before it is deployed: only people's steps, gateways and plain
 * events; no script or service task, no listener that runs a Java class, a delegate expression or a script; and
 * every expression one of the forms {@link ExpressionRules} allows. The file must keep the fixed steps of its
 * template ({@link ProcessTemplate#fixedSteps()}), the user tasks its module works on. A refusal names the offending
 * element.
 */
final class BpmnImportCheck {

    /** People's steps, flows, gateways, plain events and embedded sub-processes; nothing that runs code. */
    private static final List<Class<? extends FlowElement>> PLAIN = List.of(UserTask.class, SequenceFlow.class,
            ExclusiveGateway.class, ParallelGateway.class, InclusiveGateway.class, ManualTask.class,
            StartEvent.class, EndEvent.class, SubProcess.class);

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ExpressionRules expressions = new ExpressionRules(Arrays.stream(Assignees.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).collect(Collectors.toSet()));

    /** The checked model of the file; a {@link WorkflowException} naming what is refused otherwise. */
    BpmnModel check(byte[] bpmnXml, ProcessTemplate template) {
        if (bpmnXml == null || bpmnXml.length == 0) {
            throw new WorkflowException("designer.import.empty");
        }
        if (bpmnXml.length > MAX_BYTES) {
            throw new WorkflowException("designer.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        checkExpressionsInText(bpmnXml);
        BpmnModel model = parse(bpmnXml);
        if (model.getProcesses().size() != 1) {
            throw new WorkflowException("designer.import.oneProcess");
        }
        Process process = model.getProcesses().get(0);
        checkListeners(process, process.getExecutionListeners());
        if (!process.getEventListeners().isEmpty()) {
            throw new WorkflowException("designer.import.listener", describe(process), "eventListener");
        }
        checkElements(process);
        List<String> missing = template.fixedSteps().stream()
                .filter(id -> !(process.getFlowElement(id) instanceof UserTask)).toList();
        if (!missing.isEmpty()) {
            throw new WorkflowException("designer.import.missingSteps", String.join("、", missing));
        }
        return model;
    }

    /** Every attribute value and text of the file, as the XML parser decodes it, checked for expressions. */
    private void checkExpressionsInText(byte[] bpmnXml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Deque<String> elements = new ArrayDeque<>();
        Deque<StringBuilder> texts = new ArrayDeque<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bpmnXml));
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw new WorkflowException("designer.import.unreadable", "DOCTYPE");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String id = reader.getAttributeValue(null, "id");
                        String name = reader.getAttributeValue(null, "name");
                        String parent = elements.isEmpty() ? reader.getLocalName() : elements.peek();
                        elements.push(id == null ? parent : describe(name, id));
                        texts.push(new StringBuilder());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            checkExpressions(elements.peek(), reader.getAttributeValue(i));
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!texts.isEmpty()) {
                            texts.peek().append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        checkExpressions(elements.pop(), texts.pop().toString());
                    }
                    default -> {
                        // comments, processing instructions, whitespace
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new WorkflowException("designer.import.unreadable", shorten(e.getMessage()));
        }
    }

    private void checkExpressions(String element, String text) {
        for (String expression : ExpressionRules.expressionsIn(text)) {
            if (!expressions.allowed(expression)) {
                throw new WorkflowException("designer.import.expression", element, shorten(expression));
            }
        }
    }

    private static BpmnModel parse(byte[] bpmnXml) {
        try {
            return new BpmnXMLConverter().convertToBpmnModel(
                    () -> new ByteArrayInputStream(bpmnXml), true, true, "UTF-8");
        } catch (RuntimeException e) {
            throw new WorkflowException("designer.import.unreadable", shorten(rootMessage(e)));
        }
    }

    private void checkElements(FlowElementsContainer container) {
        for (FlowElement element : container.getFlowElements()) {
            checkListeners(element, element.getExecutionListeners());
            if (element instanceof ScriptTask) {
                throw new WorkflowException("designer.import.scriptTask", describe(element));
            }
            if (element instanceof ServiceTask) {
                throw new WorkflowException("designer.import.serviceTask", describe(element));
            }
            if (!PLAIN.contains(element.getClass())) {
                throw new WorkflowException("designer.import.element", describe(element),
                        element.getClass().getSimpleName());
            }
            if (element instanceof UserTask task) {
                checkListeners(task, task.getTaskListeners());
            } else if (element instanceof SequenceFlow flow && flow.getConditionLanguage() != null
                    && !flow.getConditionLanguage().isBlank()) {
                throw new WorkflowException("designer.import.scriptCondition", describe(flow),
                        flow.getConditionLanguage());
            } else if (element instanceof Event event) {
                requirePlain(event);
            } else if (element instanceof SubProcess sub) {
                checkElements(sub);
            }
        }
    }

    private static void requirePlain(Event event) {
        if (!event.getEventDefinitions().isEmpty()) {
            throw new WorkflowException("designer.import.element", describe(event),
                    event.getEventDefinitions().get(0).getClass().getSimpleName());
        }
    }

    /** Listeners may only evaluate an allowed expression (checked with the rest of the file's text). */
    private static void checkListeners(BaseElement element, Collection<FlowableListener> listeners) {
        for (FlowableListener listener : listeners) {
            if (!ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(listener.getImplementationType())) {
                throw new WorkflowException("designer.import.listener", describe(element),
                        String.valueOf(listener.getImplementationType()));
            }
        }
    }

    private static String describe(BaseElement element) {
        String name = element instanceof FlowElement flow ? flow.getName()
                : element instanceof Process process ? process.getName() : null;
        return describe(name, element.getId());
    }

    private static String describe(String name, String id) {
        return name == null || name.isBlank() ? id : name + "（" + id + "）";
    }

    private static String rootMessage(Throwable e) {
        Set<Throwable> seen = new LinkedHashSet<>();
        Throwable cause = e;
        while (cause.getCause() != null && seen.add(cause)) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
