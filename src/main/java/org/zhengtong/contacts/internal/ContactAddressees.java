package org.zhengtong.contacts.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.contacts.PersonalContacts;

/** {@link PersonalContacts} from the owner's contacts table: the linked colleague first, else the e-mail address. */
@Component
@Transactional(readOnly = true)
class ContactAddressees implements PersonalContacts {

    private final ContactRepository contacts;
    private final ContactGroupRepository groups;

    ContactAddressees(ContactRepository contacts, ContactGroupRepository groups) {
        this.contacts = contacts;
        this.groups = groups;
    }

    @Override
    public List<Addressee> addressees(String owner) {
        return addressees(contacts.allOf(owner, null));
    }

    @Override
    public List<Group> groups(String owner) {
        return groups.findByOwnerOrderByNameAsc(owner).stream().map(this::group).toList();
    }

    @Override
    public Optional<Group> group(String owner, long groupId) {
        return groups.findById(groupId).filter(g -> g.getOwner().equals(owner)).map(this::group);
    }

    private Group group(ContactGroup group) {
        return new Group(group.getId(), group.getName(), addressees(contacts.allOf(group.getOwner(), group.getId())));
    }

    private static List<Addressee> addressees(List<Contact> contacts) {
        return contacts.stream().filter(c -> c.isLinked() || (c.getEmail() != null && !c.getEmail().isBlank()))
                .map(c -> new Addressee(c.getName(), c.getLinkedUsername(), c.isLinked() ? null : c.getEmail()))
                .toList();
    }
}
