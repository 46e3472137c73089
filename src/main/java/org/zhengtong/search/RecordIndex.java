package org.zhengtong.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * A {@link Searchable} whose records are the rows of one entity: looking them up, confirming hits for the searcher,
 * the rebuild's ids and the link are done here. The module says how a record reads as an entry, which records are
 * searchable at all, and who may open one, by the same rule as its pages.
 *
 * <p>No method here is final: the modules' subclasses are proxied (transactions), and a final method would run
 * on the proxy's own, empty fields.
 *
 * @param <E> the entity, with a {@code Long} id
 */
public abstract class RecordIndex<E> implements Searchable {

    private final String kind;
    private final Class<E> type;
    private final JpaRepository<E, Long> records;
    private final String linkPrefix;
    private final CurrentUsers currentUsers;
    @PersistenceContext
    private EntityManager entityManager;

    /**
     * @param linkPrefix the record's page without its id, such as {@code /books/}
     */
    protected RecordIndex(String kind, Class<E> type, JpaRepository<E, Long> records, String linkPrefix,
                          CurrentUsers currentUsers) {
        this.kind = kind;
        this.type = type;
        this.records = records;
        this.linkPrefix = linkPrefix;
        this.currentUsers = currentUsers;
    }

    /** The record as the index holds it. */
    protected abstract FullTextSearch.Entry entry(E record);

    /** Whether this user may open the record now. */
    protected abstract boolean mayOpen(E record, CurrentUser user);

    /** Whether the record is searchable at all (not a voided one, say); every record by default. */
    protected boolean indexed(E record) {
        return true;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FullTextSearch.Entry> entry(long id) {
        return records.findById(id).filter(this::indexed).map(this::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        CurrentUser user = currentUsers.current();
        return records.findAllById(ids).stream().filter(record -> mayOpen(record, user)).map(this::idOf)
                .collect(Collectors.toSet());
    }

    @Override
    public String link(long id) {
        return linkPrefix + id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        // the entity's name comes from its class, never from a request
        String entity = entityManager.getMetamodel().entity(type).getName();
        return entityManager.createQuery("select e.id from " + entity + " e where e.id > :after order by e.id",
                Long.class).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FullTextSearch.Entry> entries(List<Long> ids) {
        return records.findAllById(ids).stream().filter(this::indexed).map(this::entry).toList();
    }

    private long idOf(E record) {
        return (Long) entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record);
    }
}
