package org.zhengtong.regulation.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zhengtong.platform.StoredFileRef;

/** An attachment of a regulation. */
@Entity
@Table(name = "regulation_file")
public class RegulationFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long regulationId;
    @Embedded
    private StoredFileRef file;

    protected RegulationFile() {
    }

    RegulationFile(long regulationId, StoredFileRef file) {
        this.regulationId = regulationId;
        this.file = file;
    }

    public Long getId() { return id; }
    public long getRegulationId() { return regulationId; }
    public StoredFileRef getFile() { return file; }
}
