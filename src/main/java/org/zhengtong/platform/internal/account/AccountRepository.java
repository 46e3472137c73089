package org.zhengtong.platform.internal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByPersonId(Long personId);

    Optional<Account> findByPersonId(Long personId);

    List<Account> findByUnitIdOrderByUsername(Long unitId);

    List<Account> findAllByOrderByUnitIdAscUsernameAsc();

    @Query("select a.personId from Account a where a.enabled = true and a.personId in :personIds")
    List<Long> enabledAccountHolders(Collection<Long> personIds);

    @Query("select a.username from Account a join a.roles r where r = :role and a.enabled = true order by a.username")
    List<String> enabledUsernamesWithRole(String role);

    @Query("""
            select distinct a.username from Account a join a.roles r
            where r in :roles and a.enabled = true and a.unitId = :unitId order by a.username""")
    List<String> enabledUsernamesWithRoleInUnit(Collection<String> roles, Long unitId);

    @Modifying
    @Query("update Account a set a.unitId = :unitId, a.version = a.version + 1 where a.personId = :personId")
    int moveToUnit(Long personId, Long unitId);

    /**
     * A successful login, recorded without touching the entity's version: parallel API calls with HTTP Basic each
     * log in, and must not fail on each other's optimistic lock.
     */
    @Modifying
    @Query("update Account a set a.failedAttempts = 0, a.lockedUntil = null, a.lastLoginAt = :at where a.username = :username")
    int recordLogin(String username, java.time.Instant at);

    @Query("select a.personId from Account a where a.personId in :personIds")
    List<Long> accountHolders(Collection<Long> personIds);

    /** {@code usernamePattern} is a LIKE pattern on the lower-case username; a backslash escapes % and _. */
    @Query("""
            select a from Account a
            where (:unitId is null or a.unitId = :unitId)
              and (:usernamePattern is null or lower(a.username) like :usernamePattern escape '\\')
            order by a.unitId, a.username""")
    Page<Account> search(Long unitId, String usernamePattern, Pageable page);

    @Query("select count(a) from Account a join a.roles r where r = :roleCode")
    long countByRole(String roleCode);

    /** Counted in the database so that parallel failed logins cannot lose an increment. */
    @Modifying(clearAutomatically = true)
    @Query("update Account a set a.failedAttempts = a.failedAttempts + 1, a.version = a.version + 1 where a.username = :username")
    int incrementFailedAttempts(String username);
}
