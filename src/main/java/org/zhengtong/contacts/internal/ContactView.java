package org.zhengtong.contacts.internal;

import java.util.List;

/**
 * A contact as its owner sees it: for one linked to the directory, the directory's current name, unit, position,
 * phone (as the visibility setting allows) and e-mail; the owner's own fields otherwise.
 */
public record ContactView(long id, boolean linked, String linkedUsername, String name, String organization,
                          String title, String officePhone, String mobile, String email, String address, String note,
                          List<ContactGroup> groups) {

    public List<Long> groupIds() {
        return groups.stream().map(ContactGroup::getId).toList();
    }

    /** What a form edits: every field for an own contact, the note and the groups for a linked one. */
    public ContactForm form() {
        return new ContactForm(name, organization, title, officePhone, mobile, email, address, note, groupIds());
    }
}
