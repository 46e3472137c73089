package org.zhengtong.regulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.zhengtong.platform.StoredFileRef;

/** One version of a 常用软件 entry with its installer; versions are never replaced. */
@Entity
@Table(name = "regulation_software_version")
public class SoftwareVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long softwareId;
    @Size(max = 50)
    @Column(name = "version_label")
    private String label;
    @Size(max = 2000)
    private String notes;
    @Embedded
    private StoredFileRef installer;
    @Size(max = 40)
    private String uploadedBy;
    private Instant uploadedAt;

    protected SoftwareVersion() {
    }

    SoftwareVersion(long softwareId, String label, String notes, StoredFileRef installer, String uploadedBy,
                    Instant uploadedAt) {
        this.softwareId = softwareId;
        this.label = label;
        this.notes = notes;
        this.installer = installer;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public long getSoftwareId() { return softwareId; }
    public String getLabel() { return label; }
    public String getNotes() { return notes; }
    public StoredFileRef getInstaller() { return installer; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
