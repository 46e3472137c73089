package org.zhengtong.workflow.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhengtong.workflow.BusinessAccess;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.WorkflowException;

/**
 * The templates, step handlers and access answers the modules registered. Read lazily: a module's handlers use the
 * kit's services, which reach the handlers through here, so nothing is looked up while the beans are made. Two
 * registrations under one key are a programming error and fail on first use.
 */
@Component
class ProcessTemplates {

    private final ObjectProvider<ProcessTemplate> templateBeans;
    private final ObjectProvider<StepHandler> handlerBeans;
    private final ObjectProvider<BusinessAccess> accessBeans;
    private final ProcessDesignRepository designs;
    private volatile Registry registry;

    ProcessTemplates(ObjectProvider<ProcessTemplate> templateBeans, ObjectProvider<StepHandler> handlerBeans,
                     ObjectProvider<BusinessAccess> accessBeans, ProcessDesignRepository designs) {
        this.templateBeans = templateBeans;
        this.handlerBeans = handlerBeans;
        this.accessBeans = accessBeans;
        this.designs = designs;
    }

    private record Registry(Map<String, ProcessTemplate> templates, Map<String, StepHandler> handlers,
                            Map<String, BusinessAccess> access) {
    }

    private Registry registry() {
        Registry current = registry;
        if (current == null) {
            Map<String, ProcessTemplate> templates = new LinkedHashMap<>();
            templateBeans.orderedStream().forEach(t -> unique(templates, t.key(), t));
            Map<String, StepHandler> handlers = new LinkedHashMap<>();
            handlerBeans.orderedStream().forEach(h -> {
                if (!templates.containsKey(h.template())) {
                    throw new IllegalStateException("step handler for unknown template " + h.template());
                }
                unique(handlers, h.template() + "/" + h.activityId(), h);
            });
            Map<String, BusinessAccess> access = new LinkedHashMap<>();
            accessBeans.orderedStream().forEach(a -> unique(access, a.module(), a));
            current = new Registry(Map.copyOf(templates), Map.copyOf(handlers), Map.copyOf(access));
            registry = current;
        }
        return current;
    }

    private static <T> void unique(Map<String, T> map, String key, T value) {
        if (map.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("registered twice: " + key);
        }
    }

    Collection<ProcessTemplate> all() {
        return registry().templates().values();
    }

    Optional<ProcessTemplate> byKey(String key) {
        return Optional.ofNullable(key).map(registry().templates()::get);
    }

    /** The template, or a refusal naming the unknown key (a form posted something that is not offered). */
    ProcessTemplate require(String key) {
        return byKey(key).orElseThrow(() -> new WorkflowException("designer.error.template", String.valueOf(key)));
    }

    /** The templates an administrator may design, in registration order. */
    List<ProcessTemplate> designable() {
        return all().stream().filter(t -> t.design().isPresent()).toList();
    }

    /** The template a deployed process runs: the product's process of that key, or a design made for a template. */
    Optional<ProcessTemplate> forProcessKey(String processKey) {
        Optional<ProcessTemplate> product = byKey(processKey);
        if (product.isPresent() || processKey == null || !processKey.startsWith(ProcessDesign.KEY_PREFIX)) {
            return product;
        }
        try {
            long designId = Long.parseLong(processKey.substring(ProcessDesign.KEY_PREFIX.length()));
            return designs.findById(designId).flatMap(d -> byKey(d.getTemplateKey()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<StepHandler> handler(String templateKey, String activityId) {
        return Optional.ofNullable(registry().handlers().get(templateKey + "/" + activityId));
    }

    Optional<BusinessAccess> access(String businessKey) {
        return Optional.ofNullable(registry().access().get(BusinessAccess.moduleOf(businessKey)));
    }
}
