package org.zhengtong.personnel.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PersonnelRecordRepository extends JpaRepository<PersonnelRecord, Long>,
        JpaSpecificationExecutor<PersonnelRecord> {

    boolean existsByIdNumber(String idNumber);

    boolean existsByIdNumberAndIdNot(String idNumber, long id);

    boolean existsByUsername(String username);

    boolean existsByUsernameAndIdNot(String username, long id);

    Optional<PersonnelRecord> findByUsername(String username);

    @Query("select r.id from PersonnelRecord r")
    List<Long> allIds();

    /** The record for a change, locked so that two changes at once are applied one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PersonnelRecord r where r.id = :id")
    Optional<PersonnelRecord> lockById(long id);
}

interface PersonnelChangeRepository extends JpaRepository<PersonnelChange, Long> {

    List<PersonnelChange> findByRecordIdOrderByChangedAtDescIdDesc(long recordId);
}

interface FieldSettingRepository extends JpaRepository<FieldSetting, PersonnelField> {
}

interface NamedLeaderRepository extends JpaRepository<NamedLeader, NamedLeader.Key> {

    List<NamedLeader> findByUnitIdOrderByUsername(long unitId);

    boolean existsByUnitIdAndUsername(long unitId, String username);

    void deleteByUnitId(long unitId);
}
