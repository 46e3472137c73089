package org.zhengtong.workflow.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UrgingRepository extends JpaRepository<Urging, String> {

    /** Tasks that went up to this leader (督办). */
    @Query("select u from Urging u where concat(',', u.escalatedTo, ',') like concat('%,', :username, ',%')")
    List<Urging> escalatedTo(String username);

    /** Whether a task of the process went up to this leader. */
    @Query("""
            select count(u) > 0 from Urging u where u.processInstanceId = :processInstanceId
              and concat(',', u.escalatedTo, ',') like concat('%,', :username, ',%')""")
    boolean escalatedTo(String processInstanceId, String username);
}

interface UrgingRecordRepository extends JpaRepository<UrgingRecord, Long> {

    List<UrgingRecord> findByTaskIdInOrderByUrgedAtAscIdAsc(Collection<String> taskIds);
}
