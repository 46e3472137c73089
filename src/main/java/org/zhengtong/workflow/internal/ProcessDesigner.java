package org.zhengtong.workflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.flowable.bpmn.BpmnAutoLayout;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Process;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.image.ProcessDiagramGenerator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.WorkflowException;

/**
 * 流程设计 for administrators: designs per scope of a registered {@link ProcessTemplate}, each save or import a new deployed version under the design's
 * one process key (architecture principle 1: designs compile to BPMN and run on the engine), export, preview.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('WORKFLOW_ADMIN')")
public class ProcessDesigner {

    /** {@code wf_process_design.name}; the name is also the BPMN process's name. */
    private static final int MAX_NAME = 100;
    private static final TypeReference<List<DesignNode>> NODES = new TypeReference<>() {
    };

    private final ProcessDesignRepository designs;
    private final ProcessDesignVersionRepository versions;
    private final DesignCompiler compiler;
    private final BpmnImportCheck importCheck = new BpmnImportCheck();
    private final RepositoryService repository;
    private final ProcessDiagramGenerator diagrams;
    private final OrgDirectory directory;
    private final ProcessTemplates templates;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    ProcessDesigner(ProcessDesignRepository designs, ProcessDesignVersionRepository versions, DesignCompiler compiler,
                    RepositoryService repository, ProcessDiagramGenerator diagrams, OrgDirectory directory,
                    ProcessTemplates templates, CurrentUsers currentUsers, AuditLog audit, ObjectMapper json,
                    Clock clock) {
        this.designs = designs;
        this.versions = versions;
        this.compiler = compiler;
        this.repository = repository;
        this.diagrams = diagrams;
        this.directory = directory;
        this.templates = templates;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A design with its template and current version, for the list. */
    public record Listed(ProcessDesign design, ProcessTemplate template, ProcessDesignVersion current) {

        /** The label of the design's type among its template's, or null for all types. */
        public String typeLabel() {
            return typeLabel(template, design);
        }

        static String typeLabel(ProcessTemplate template, ProcessDesign design) {
            return design.getType() == null ? null
                    : DesignCompiler.designOf(template).types().labels().getOrDefault(design.getType(), design.getType());
        }
    }

    @Transactional(readOnly = true)
    public List<Listed> designs() {
        return designs.findAllByOrderByTemplateKeyAscNameAscIdAsc().stream()
                .map(d -> new Listed(d, template(d), current(d.getId()))).toList();
    }

    /** The design with its template, for its page. */
    @Transactional(readOnly = true)
    public Listed listed(long id) {
        ProcessDesign design = design(id);
        return new Listed(design, template(design), current(id));
    }

    @Transactional(readOnly = true)
    public ProcessDesign design(long id) {
        return designs.findById(id).orElseThrow(() -> new NotFoundException("processDesign", id));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<ProcessDesignVersion> versions(long designId) {
        design(designId);
        return versions.findByDesignIdOrderByVersionNoDesc(designId);
    }

    @Transactional(readOnly = true)
    public ProcessDesignVersion current(long designId) {
        return versions.findFirstByDesignIdOrderByVersionNoDesc(designId)
                .orElseThrow(() -> new NotFoundException("processDesign", designId));
    }

    @Transactional(readOnly = true)
    public ProcessDesignVersion version(long designId, int versionNo) {
        return versions.findByDesignIdAndVersionNo(designId, versionNo)
                .orElseThrow(() -> new NotFoundException("processDesign", designId + " v" + versionNo));
    }

    /** The nodes of the latest version made in the designer (none when every version was imported). */
    @Transactional(readOnly = true)
    public List<DesignNode> latestNodes(long designId) {
        return versions.findFirstByDesignIdAndSourceOrderByVersionNoDesc(designId, ProcessDesignVersion.Source.DESIGNER)
                .map(v -> readNodes(v.getNodesJson())).orElse(List.of());
    }

    /** A new design for a scope no active design covers yet, deployed as version 1. */
    public ProcessDesign create(String name, String templateKey, String type, Long unitId, List<DesignNode> nodes) {
        ProcessTemplate template = designable(templateKey);
        compiler.validate(template, nodes);
        ProcessDesign design = newDesign(name, template, type, unitId);
        deploy(design, ProcessDesignVersion.Source.DESIGNER, writeNodes(nodes),
                compiler.compile(design.processKey(), design.getName(), template, nodes));
        return design;
    }

    /** Saves the nodes as the design's next version; processes already running keep theirs. */
    public ProcessDesignVersion saveVersion(long designId, String name, List<DesignNode> nodes) {
        ProcessDesign design = design(designId);
        design.setName(validName(name));
        return deploy(design, ProcessDesignVersion.Source.DESIGNER, writeNodes(nodes),
                compiler.compile(design.processKey(), design.getName(), template(design), nodes));
    }

    /**
     * Imports a BPMN file for a scope: the next version of the active design with that scope, or a new design
     * (named after the file's process when no name is given). The file passes {@link BpmnImportCheck} first.
     */
    public ProcessDesign importBpmn(String name, String templateKey, String type, Long unitId, byte[] bpmnXml) {
        ProcessTemplate template = designable(templateKey);
        BpmnModel model = importCheck.check(bpmnXml, template);
        Process process = model.getProcesses().get(0);
        String scopeType = blankToNull(type);
        ProcessDesign design = activeWithScope(template.key(), scopeType, unitId);
        if (design == null) {
            design = newDesign(name == null || name.isBlank() ? process.getName() : name, template, scopeType, unitId);
        } else if (name != null && !name.isBlank()) {
            design.setName(validName(name));
        }
        process.setId(design.processKey());
        process.setName(design.getName());
        process.setExecutable(true);
        deploy(design, ProcessDesignVersion.Source.IMPORT, null, model);
        return design;
    }

    /** The compiled diagram of unsaved nodes, to check the chain before saving. */
    @Transactional(readOnly = true)
    public byte[] preview(String templateKey, String name, List<DesignNode> nodes) {
        BpmnModel model = compiler.compile("preview", name == null ? "" : name, designable(templateKey), nodes);
        new BpmnAutoLayout(model).execute();
        return png(model);
    }

    @Transactional(readOnly = true)
    public byte[] diagram(long designId, int versionNo) {
        return png(repository.getBpmnModel(version(designId, versionNo).getProcessDefinitionId()));
    }

    /** Enables or disables a design; a disabled design is no longer chosen for new documents. */
    public void setActive(long designId, boolean active) {
        ProcessDesign design = design(designId);
        if (active && !design.isActive()) {
            requireScopeFree(design.getTemplateKey(), design.getType(), design.getUnitId());
        }
        design.setActive(active);
        audit.success(active ? "PROCESS_DESIGN_ENABLE" : "PROCESS_DESIGN_DISABLE", "processDesign", designId,
                design.getName());
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** The templates an administrator may design, in the order their modules registered them. */
    @Transactional(readOnly = true)
    public List<ProcessTemplate> templates() {
        return templates.designable();
    }

    /** The template a design was made for. */
    @Transactional(readOnly = true)
    public ProcessTemplate template(ProcessDesign design) {
        return designable(design.getTemplateKey());
    }

    private ProcessTemplate designable(String templateKey) {
        if (templateKey == null || templateKey.isBlank()) {
            throw new WorkflowException("designer.error.direction");
        }
        ProcessTemplate template = templates.require(templateKey);
        DesignCompiler.designOf(template);
        return template;
    }

    private ProcessDesign newDesign(String name, ProcessTemplate template, String type, Long unitId) {
        String scopeType = blankToNull(type);
        if (scopeType != null && !DesignCompiler.designOf(template).types().labels().containsKey(scopeType)) {
            throw new WorkflowException("designer.error.documentType", scopeType);
        }
        if (unitId != null && directory.unit(unitId).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        requireScopeFree(template.key(), scopeType, unitId);
        return designs.save(new ProcessDesign(validName(name), template.key(), scopeType, unitId, clock.instant(),
                currentUsers.current().username()));
    }

    private void requireScopeFree(String templateKey, String type, Long unitId) {
        ProcessDesign existing = activeWithScope(templateKey, type, unitId);
        if (existing != null) {
            throw new WorkflowException("designer.error.scopeTaken", existing.getName());
        }
    }

    private ProcessDesign activeWithScope(String templateKey, String type, Long unitId) {
        return designs.findByTemplateKeyAndActiveTrue(templateKey).stream()
                .filter(d -> Objects.equals(d.getType(), type) && Objects.equals(d.getUnitId(), unitId))
                .findFirst().orElse(null);
    }

    /**
     * Lays the model out (unless it brings a complete diagram), deploys it and records the version. What is
     * deployed passes the import check whatever made it, a compiled design or an import renamed after its design:
     * no expression outside {@link ExpressionRules} reaches the engine.
     */
    private ProcessDesignVersion deploy(ProcessDesign design, ProcessDesignVersion.Source source, String nodesJson,
                                        BpmnModel model) {
        if (!hasCompleteDiagram(model)) {
            model.getLocationMap().clear();
            model.getFlowLocationMap().clear();
            model.getLabelLocationMap().clear();
            new BpmnAutoLayout(model).execute();
        }
        byte[] xml = new BpmnXMLConverter().convertToXML(model, "UTF-8");
        importCheck.check(xml, template(design));
        String definitionId;
        try {
            String deploymentId = repository.createDeployment().name(shorten(design.getName()))
                    .key(design.processKey()).addBytes(design.processKey() + ".bpmn20.xml", xml).deploy().getId();
            definitionId = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
        } catch (FlowableException e) {
            throw new WorkflowException("designer.import.invalid", shorten(String.valueOf(e.getMessage())));
        }
        int next = versions.findFirstByDesignIdOrderByVersionNoDesc(design.getId())
                .map(v -> v.getVersionNo() + 1).orElse(1);
        ProcessDesignVersion version = versions.save(new ProcessDesignVersion(design.getId(), next, source, nodesJson,
                new String(xml, StandardCharsets.UTF_8), definitionId, clock.instant(),
                currentUsers.current().username()));
        audit.success(source == ProcessDesignVersion.Source.IMPORT ? "PROCESS_DESIGN_IMPORT" : "PROCESS_DESIGN_SAVE",
                "processDesign", design.getId(), design.getName() + " v" + next);
        return version;
    }

    private static boolean hasCompleteDiagram(BpmnModel model) {
        return !model.getLocationMap().isEmpty() && model.getMainProcess().findFlowElementsOfType(FlowNode.class)
                .stream().allMatch(node -> model.getGraphicInfo(node.getId()) != null);
    }

    private byte[] png(BpmnModel model) {
        try (InputStream png = diagrams.generateDiagram(model, "png", List.of(), List.of(),
                DiagramFonts.NAME, DiagramFonts.NAME, DiagramFonts.NAME, null, 1.0, true)) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String writeNodes(List<DesignNode> nodes) {
        try {
            return json.writeValueAsString(nodes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<DesignNode> readNodes(String nodesJson) {
        try {
            return json.readValue(nodesJson, NODES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new WorkflowException("designer.error.name", MAX_NAME);
        }
        if (ExpressionRules.containsExpression(stripped)) {
            throw new WorkflowException("designer.error.nameExpression");
        }
        return stripped;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
