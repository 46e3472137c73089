package org.zhengtong.contacts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    /**
     * The owner's contacts (in a group, if given) whose text fields contain the pattern or whose id is among those
     * found by the pinyin of their names, by name.
     */
    @Query("""
            select c from Contact c where c.owner = :owner
              and (:groupId is null or :groupId member of c.groupIds)
              and (:pattern is null or lower(c.name) like :pattern escape '\\'
                   or lower(c.organization) like :pattern escape '\\' or lower(c.title) like :pattern escape '\\'
                   or c.officePhone like :pattern escape '\\' or c.mobile like :pattern escape '\\'
                   or lower(c.email) like :pattern escape '\\' or lower(c.note) like :pattern escape '\\'
                   or c.id in :pinyinMatches)
            order by c.name, c.id""")
    Page<Contact> search(String owner, Long groupId, String pattern, Collection<Long> pinyinMatches,
                         Pageable pageable);

    /** Every contact's id and name, for matching the names by pinyin (a person keeps hundreds, not millions). */
    @Query("select c.id as id, c.name as name from Contact c where c.owner = :owner and c.name is not null")
    List<ContactName> namesOf(String owner);

    @Query("select c from Contact c where c.owner = :owner and (:groupId is null or :groupId member of c.groupIds)"
            + " order by c.name, c.id")
    List<Contact> allOf(String owner, Long groupId);

    Optional<Contact> findFirstByOwnerAndLinkedUsername(String owner, String linkedUsername);
}

interface ContactName {

    long getId();

    String getName();
}

interface ContactGroupRepository extends JpaRepository<ContactGroup, Long> {

    List<ContactGroup> findByOwnerOrderByNameAsc(String owner);

    Optional<ContactGroup> findByOwnerAndName(String owner, String name);
}
