package org.zhengtong.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A folder of one person's own, in a tree (邮箱目录). */
@Entity
@Table(name = "mail_folder")
public class MailFolder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String owner;
    private Long parentId;
    private String name;

    protected MailFolder() {
    }

    MailFolder(String owner, Long parentId, String name) {
        this.owner = owner;
        this.parentId = parentId;
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public Long getParentId() { return parentId; }
    public String getName() { return name; }
}
