package org.zhengtong.contacts.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;

/**
 * One entry of a person's own address book. A contact linked to a person of the organization
 * ({@code linkedUsername}) is shown with the directory's current data; its own fields keep what the directory said
 * when it was added, for the day that person leaves it.
 */
@Entity
@Table(name = "contacts_contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 40)
    private String owner;
    @Size(max = 40)
    private String linkedUsername;
    @Size(max = 100)
    private String name;
    @Size(max = 200)
    private String organization;
    @Size(max = 100)
    private String title;
    @Size(max = 40)
    private String officePhone;
    @Size(max = 40)
    private String mobile;
    @Size(max = 200)
    private String email;
    @Size(max = 300)
    private String address;
    @Size(max = 1000)
    private String note;

    @ElementCollection
    @CollectionTable(name = "contacts_membership", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "group_id")
    private Set<Long> groupIds = new HashSet<>();

    protected Contact() {
    }

    Contact(String owner, String linkedUsername) {
        this.owner = owner;
        this.linkedUsername = linkedUsername;
    }

    void fill(ContactForm form) {
        name = form.name();
        organization = form.organization();
        title = form.title();
        officePhone = form.officePhone();
        mobile = form.mobile();
        email = form.email();
        address = form.address();
        note = form.note();
    }

    void note(String note) {
        this.note = note;
    }

    void placeIn(Set<Long> groupIds) {
        this.groupIds.clear();
        this.groupIds.addAll(groupIds);
    }

    public boolean isLinked() { return linkedUsername != null; }
    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public String getLinkedUsername() { return linkedUsername; }
    public String getName() { return name; }
    public String getOrganization() { return organization; }
    public String getTitle() { return title; }
    public String getOfficePhone() { return officePhone; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public String getAddress() { return address; }
    public String getNote() { return note; }
    public Set<Long> getGroupIds() { return Set.copyOf(groupIds); }
}
