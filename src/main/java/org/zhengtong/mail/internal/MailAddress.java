package org.zhengtong.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One address as the sender chose it: {@code person:<username>}, {@code department:<id>}, {@code unit:<id>} or an
 * outside e-mail address, with the label readers see (a person's name, a department's name).
 */
@Entity
@Table(name = "mail_address")
public class MailAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long messageId;
    @Enumerated(EnumType.STRING)
    private AddressField field;
    private String address;
    private String label;

    protected MailAddress() {
    }

    MailAddress(Long messageId, AddressField field, String address, String label) {
        this.messageId = messageId;
        this.field = field;
        this.address = address;
        this.label = label;
    }

    public Long getId() { return id; }
    public Long getMessageId() { return messageId; }
    public AddressField getField() { return field; }
    public String getAddress() { return address; }
    public String getLabel() { return label; }
}
