package org.zhengtong.document.internal;

import jakarta.persistence.*;
import java.io.Serializable;

/** A person allowed to read a document besides its process participants (传阅, 抄送 to a person). */
@Entity
@Table(name = "doc_reader")
@IdClass(DocumentReader.Key.class)
class DocumentReader {

    record Key(Long documentId, String username) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private Long documentId;

    @Id
    private String username;

    protected DocumentReader() {
    }

    DocumentReader(Long documentId, String username) {
        this.documentId = documentId;
        this.username = username;
    }

    Long getDocumentId() { return documentId; }
    String getUsername() { return username; }
}
