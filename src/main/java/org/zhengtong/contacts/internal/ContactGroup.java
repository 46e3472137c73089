package org.zhengtong.contacts.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A group of one person's contacts (同事, 家人 …), named by its owner. */
@Entity
@Table(name = "contacts_group")
public class ContactGroup {

    public static final int MAX_NAME = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 40)
    private String owner;
    @Size(max = MAX_NAME)
    private String name;

    protected ContactGroup() {
    }

    ContactGroup(String owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public String getName() { return name; }
}
