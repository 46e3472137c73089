package org.zhengtong.forum.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zhengtong.platform.StoredFileRef;

/** A file of a post, kept in the shared file store. */
@Entity
@Table(name = "fm_attachment")
public class ForumFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long postId;

    @Embedded
    private StoredFileRef file;

    protected ForumFile() {
    }

    ForumFile(long postId, StoredFileRef file) {
        this.postId = postId;
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public StoredFileRef getFile() {
        return file;
    }
}
