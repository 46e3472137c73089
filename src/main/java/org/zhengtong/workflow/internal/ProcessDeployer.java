package org.zhengtong.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.BpmnAutoLayout;
import org.flowable.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.zhengtong.workflow.ProcessTemplate;

/**
 * Deploys the processes shipped with the product at start — {@code classpath:workflow/*.bpmn20.xml} and each
 * registered template's {@link ProcessTemplate#bpmnResource()} — laid out automatically so the tracking diagram can be
 * drawn. Unchanged files are not deployed again.
 */
@Component
class ProcessDeployer {

    private final RepositoryService repository;
    private final ProcessTemplates templates;

    ProcessDeployer(RepositoryService repository, ProcessTemplates templates) {
        this.repository = repository;
        this.templates = templates;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    void deployDefaults() throws IOException {
        Set<Resource> resources = new LinkedHashSet<>(List.of(
                new PathMatchingResourcePatternResolver().getResources("classpath:workflow/*.bpmn20.xml")));
        templates.all().forEach(template -> resources.add(new ClassPathResource(template.bpmnResource())));
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                deploy(resource.getFilename(), in.readAllBytes());
            }
        }
    }

    /** Parses, lays out when the file has no diagram information, and deploys; returns the definition id. */
    String deploy(String resourceName, byte[] bpmnXml) {
        BpmnModel model = parse(bpmnXml);
        if (model.getLocationMap().isEmpty()) {
            new BpmnAutoLayout(model).execute();
        }
        String deploymentId = repository.createDeployment().name(resourceName)
                .addBpmnModel(resourceName, model).enableDuplicateFiltering().deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    }

    static BpmnModel parse(byte[] bpmnXml) {
        try {
            return new BpmnXMLConverter().convertToBpmnModel(
                    () -> new java.io.ByteArrayInputStream(bpmnXml), true, false, "UTF-8");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
