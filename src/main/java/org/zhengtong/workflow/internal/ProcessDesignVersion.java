package org.zhengtong.workflow.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** One deployed version of a design: its nodes (when made in the designer), its BPMN and the definition. */
@Entity
@Table(name = "wf_process_design_version")
public class ProcessDesignVersion {

    public enum Source { DESIGNER, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long designId;
    private int versionNo;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String nodesJson;
    private String bpmnXml;
    private String processDefinitionId;
    private Instant deployedAt;
    private String deployedBy;

    protected ProcessDesignVersion() {
    }

    ProcessDesignVersion(Long designId, int versionNo, Source source, String nodesJson, String bpmnXml,
                         String processDefinitionId, Instant deployedAt, String deployedBy) {
        this.designId = designId;
        this.versionNo = versionNo;
        this.source = source;
        this.nodesJson = nodesJson;
        this.bpmnXml = bpmnXml;
        this.processDefinitionId = processDefinitionId;
        this.deployedAt = deployedAt;
        this.deployedBy = deployedBy;
    }

    public Long getId() { return id; }
    public Long getDesignId() { return designId; }
    public int getVersionNo() { return versionNo; }
    public Source getSource() { return source; }
    String getNodesJson() { return nodesJson; }
    public String getBpmnXml() { return bpmnXml; }
    public String getProcessDefinitionId() { return processDefinitionId; }
    public Instant getDeployedAt() { return deployedAt; }
    public String getDeployedBy() { return deployedBy; }
}
