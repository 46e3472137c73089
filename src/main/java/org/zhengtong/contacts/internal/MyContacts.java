package org.zhengtong.contacts.internal;

import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.LikePatterns;
import org.zhengtong.platform.NamePinyin;

/**
 * 个人通讯录: a person's own contacts and groups. Every method opens what it is given through {@link ContactAccess},
 * so only the owner reads or changes them; changes are audited by id, never by content.
 */
@Service
@Validated
@Transactional
public class MyContacts {

    public static final int PAGE_SIZE = 20;

    private final ContactRepository contacts;
    private final ContactGroupRepository groups;
    private final ContactAccess access;
    private final PublicDirectory directory;
    private final NamePinyin pinyin;
    private final MessageSource messages;
    private final AuditLog audit;

    MyContacts(ContactRepository contacts, ContactGroupRepository groups, ContactAccess access,
               PublicDirectory directory, NamePinyin pinyin, MessageSource messages, AuditLog audit) {
        this.contacts = contacts;
        this.groups = groups;
        this.access = access;
        this.directory = directory;
        this.pinyin = pinyin;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<ContactView> search(String query, Long groupId, int page) {
        String owner = access.owner();
        if (groupId != null) {
            access.ownGroup(groupId);
        }
        String text = query == null ? "" : query.strip();
        String pattern = text.isEmpty() ? null : LikePatterns.containingIgnoreCase(text);
        // "zs" or "zhangsan" finds 张三 here as in the public directory; names are matched in memory, by id in SQL
        List<Long> byPinyin = text.isEmpty() || !NamePinyin.mayBePinyin(text) ? List.of()
                : contacts.namesOf(owner).stream().filter(c -> pinyin.matches(c.getName(), text))
                        .map(ContactName::getId).toList();
        Map<Long, ContactGroup> ownGroups = groupsById(owner);
        return contacts.search(owner, groupId, pattern, byPinyin, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(c -> view(c, ownGroups));
    }

    /** All the owner's contacts, or those of one group: for the vCard export. */
    @Transactional(readOnly = true)
    public List<ContactView> all(Long groupId) {
        String owner = access.owner();
        if (groupId != null) {
            access.ownGroup(groupId);
        }
        Map<Long, ContactGroup> ownGroups = groupsById(owner);
        return contacts.allOf(owner, groupId).stream().map(c -> view(c, ownGroups)).toList();
    }

    @Transactional(readOnly = true)
    public ContactView contact(long id) {
        Contact contact = access.ownContact(id);
        return view(contact, groupsById(contact.getOwner()));
    }

    public long create(@Valid ContactForm form) {
        long id = save(form);
        audit.success("CONTACTS_CHANGE", "contact", id, "create");
        return id;
    }

    /** A contact from an import, already validated; the import is audited as one. */
    long save(ContactForm form) {
        ContactForm clean = form.cleaned();
        Contact contact = new Contact(access.owner(), null);
        contact.fill(clean);
        contact.placeIn(ownGroupIds(clean.groupIds()));
        return contacts.save(contact).getId();
    }

    /** "Add to my contacts" from the directory; a person already linked is not added twice. */
    public long link(String username) {
        String owner = access.owner();
        DirectoryEntry person = directory.person(username)
                .orElseThrow(() -> new BusinessRuleException("contacts.error.notInDirectory"));
        return contacts.findFirstByOwnerAndLinkedUsername(owner, person.username()).map(Contact::getId)
                .orElseGet(() -> {
                    Contact contact = new Contact(owner, person.username());
                    contact.fill(fromDirectory(person, null).form());
                    long id = contacts.save(contact).getId();
                    audit.success("CONTACTS_CHANGE", "contact", id, "link " + person.username());
                    return id;
                });
    }

    /** Every field of an own contact; only the note and the groups of one linked to the directory. */
    public void update(long id, @Valid ContactForm form) {
        Contact contact = access.ownContact(id);
        ContactForm clean = form.cleaned();
        if (contact.isLinked()) {
            contact.note(clean.note());
        } else {
            contact.fill(clean);
        }
        contact.placeIn(ownGroupIds(clean.groupIds()));
        audit.success("CONTACTS_CHANGE", "contact", id, "update");
    }

    public void delete(long id) {
        contacts.delete(access.ownContact(id));
        audit.success("CONTACTS_CHANGE", "contact", id, "delete");
    }

    @Transactional(readOnly = true)
    public List<ContactGroup> groups() {
        return groups.findByOwnerOrderByNameAsc(access.owner());
    }

    public ContactGroup createGroup(String name) {
        String owner = access.owner();
        ContactGroup group = groups.save(new ContactGroup(owner, freeName(owner, name, null)));
        audit.success("CONTACTS_CHANGE", "contactGroup", group.getId(), "create");
        return group;
    }

    /** The owner's group of that name, made if there is none yet (for the groups a vCard names). */
    ContactGroup groupNamed(String name) {
        String owner = access.owner();
        return groups.findByOwnerAndName(owner, name == null ? null : name.strip())
                .orElseGet(() -> createGroup(name));
    }

    public void renameGroup(long id, String name) {
        ContactGroup group = access.ownGroup(id);
        group.rename(freeName(group.getOwner(), name, id));
        audit.success("CONTACTS_CHANGE", "contactGroup", id, "rename");
    }

    /** The group goes; its contacts stay, in their other groups or none. */
    public void deleteGroup(long id) {
        ContactGroup group = access.ownGroup(id);
        contacts.allOf(group.getOwner(), id).forEach(c -> c.placeIn(
                c.getGroupIds().stream().filter(g -> g != id).collect(Collectors.toSet())));
        groups.delete(group);
        audit.success("CONTACTS_CHANGE", "contactGroup", id, "delete");
    }

    private String freeName(String owner, String name, Long self) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > ContactGroup.MAX_NAME) {
            throw new BusinessRuleException("contacts.error.groupName", ContactGroup.MAX_NAME);
        }
        groups.findByOwnerAndName(owner, clean).filter(g -> !g.getId().equals(self)).ifPresent(g -> {
            throw new BusinessRuleException("contacts.error.groupExists", clean);
        });
        return clean;
    }

    private Set<Long> ownGroupIds(List<Long> groupIds) {
        Set<Long> own = new LinkedHashSet<>();
        for (Long id : groupIds == null ? List.<Long>of() : groupIds) {
            own.add(access.ownGroup(id).getId());
        }
        return own;
    }

    private Map<Long, ContactGroup> groupsById(String owner) {
        return groups.findByOwnerOrderByNameAsc(owner).stream()
                .collect(Collectors.toMap(ContactGroup::getId, Function.identity()));
    }

    private ContactView view(Contact contact, Map<Long, ContactGroup> ownGroups) {
        List<ContactGroup> in = ownGroups.values().stream().filter(g -> contact.getGroupIds().contains(g.getId()))
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
        if (contact.isLinked()) {
            var person = directory.person(contact.getLinkedUsername());
            if (person.isPresent()) {
                ContactView current = fromDirectory(person.get(), contact.getNote());
                return new ContactView(contact.getId(), true, contact.getLinkedUsername(), current.name(),
                        current.organization(), current.title(), current.officePhone(), current.mobile(),
                        current.email(), current.address(), contact.getNote(), in);
            }
        }
        return new ContactView(contact.getId(), contact.isLinked(), contact.getLinkedUsername(), contact.getName(),
                contact.getOrganization(), contact.getTitle(), contact.getOfficePhone(), contact.getMobile(),
                contact.getEmail(), contact.getAddress(), contact.getNote(), in);
    }

    private ContactView fromDirectory(DirectoryEntry person, String note) {
        String organization = person.departmentName() == null ? person.unitName()
                : person.unitName() + " " + person.departmentName();
        String title = messages.getMessage("position." + person.position(), null, person.position(),
                LocaleContextHolder.getLocale());
        return new ContactView(0, true, person.username(), person.name(), organization, title, person.officePhone(),
                person.mobile(), person.email(), person.room(), note, List.of());
    }
}
