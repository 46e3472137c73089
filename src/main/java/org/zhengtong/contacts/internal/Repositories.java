package org.zhengtong.contacts.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    /** The owner's contacts (in a group, if given) whose text fields contain the pattern, by name. */
    @Query("""
            select c from Contact c where c.owner = :owner
              and (:groupId is null or :groupId member of c.groupIds)
              and (:pattern is null or lower(c.name) like :pattern escape '\\'
                   or lower(c.organization) like :pattern escape '\\' or lower(c.title) like :pattern escape '\\'
                   or c.officePhone like :pattern escape '\\' or c.mobile like :pattern escape '\\'
                   or lower(c.email) like :pattern escape '\\' or lower(c.note) like :pattern escape '\\')
            order by c.name, c.id""")
    Page<Contact> search(String owner, Long groupId, String pattern, Pageable pageable);

    @Query("select c from Contact c where c.owner = :owner and (:groupId is null or :groupId member of c.groupIds)"
            + " order by c.name, c.id")
    List<Contact> allOf(String owner, Long groupId);

    Optional<Contact> findFirstByOwnerAndLinkedUsername(String owner, String linkedUsername);
}

interface ContactGroupRepository extends JpaRepository<ContactGroup, Long> {

    List<ContactGroup> findByOwnerOrderByNameAsc(String owner);

    Optional<ContactGroup> findByOwnerAndName(String owner, String name);
}
