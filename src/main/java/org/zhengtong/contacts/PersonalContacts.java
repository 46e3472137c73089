package org.zhengtong.contacts;

import java.util.List;
import java.util.Optional;

/**
 * A person's own contacts as other modules address them (mail picks recipients from them). Only the owner's: every
 * method takes the owner and gives nothing of anyone else's.
 */
public interface PersonalContacts {

    /** A contact who can be written to: a colleague's username, or else an outside e-mail address. */
    record Addressee(String name, String username, String email) {
    }

    /** One of the owner's groups with the members who can be written to. */
    record Group(long id, String name, List<Addressee> members) {
    }

    /** The owner's contacts with a colleague's account or an e-mail address, by name. */
    List<Addressee> addressees(String owner);

    /** The owner's groups, by name, each with its addressees. */
    List<Group> groups(String owner);

    /** One of the owner's groups; empty for a group of someone else's or none. */
    Optional<Group> group(String owner, long groupId);
}
