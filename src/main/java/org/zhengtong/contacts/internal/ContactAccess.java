package org.zhengtong.contacts.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * A person's contacts and groups are theirs alone: nobody else, administrators included, reads or changes them.
 * Another's contact and an id that does not exist are refused alike with 403 and audited as a refused
 * {@code CONTACTS_OPEN}, so ids reveal nothing.
 */
@Component
class ContactAccess {

    private final ContactRepository contacts;
    private final ContactGroupRepository groups;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    ContactAccess(ContactRepository contacts, ContactGroupRepository groups, CurrentUsers currentUsers,
                  AuditLog audit) {
        this.contacts = contacts;
        this.groups = groups;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** The current person's username: only people of the organization keep an address book. */
    String owner() {
        CurrentUser user = currentUsers.current();
        if (user.personId() == null) {
            audit.failure("CONTACTS_OPEN", "contacts", user.username(), "no person");
            throw new AccessDeniedException(user.username() + " is no person of the organization");
        }
        return user.username();
    }

    Contact ownContact(long id) {
        String owner = owner();
        return contacts.findById(id).filter(c -> c.getOwner().equals(owner))
                .orElseThrow(() -> refused("contact", id, owner));
    }

    ContactGroup ownGroup(long id) {
        String owner = owner();
        return groups.findById(id).filter(g -> g.getOwner().equals(owner))
                .orElseThrow(() -> refused("contactGroup", id, owner));
    }

    private AccessDeniedException refused(String objectType, long id, String user) {
        audit.failure("CONTACTS_OPEN", objectType, id, "not the owner");
        return new AccessDeniedException(objectType + " " + id + " is not " + user + "'s");
    }
}
