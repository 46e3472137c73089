package org.zhengtong.taskforce.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskForceRepository extends JpaRepository<TaskForce, Long> {

    List<TaskForce> findAllByOrderByStatusAscIdDesc();

    /** The groups a person is named in: leading group, office, a group's overseer or a unit's contact. */
    @Query("select distinct t.id from TaskForce t where "
            + "exists (select 1 from TaskForceMember m where m.taskForceId = t.id and m.username = :username) "
            + "or exists (select 1 from WorkingGroup g where g.taskForceId = t.id and g.overseer = :username) "
            + "or exists (select 1 from WorkingGroup g, GroupUnit u where u.groupId = g.id and g.taskForceId = t.id "
            + "and (u.contact = :username or u.unitId = :unitId))")
    List<Long> involving(@Param("username") String username, @Param("unitId") long unitId);

    boolean existsByName(String name);
}

interface TaskForceMemberRepository extends JpaRepository<TaskForceMember, Long> {

    List<TaskForceMember> findByTaskForceIdOrderByMemberRoleAscSortOrderAscIdAsc(long taskForceId);

    boolean existsByTaskForceIdAndMemberRoleAndUsername(long taskForceId, MemberRole role, String username);

    boolean existsByTaskForceIdAndUsernameAndMemberRoleIn(long taskForceId, String username,
                                                           Collection<MemberRole> roles);

    List<TaskForceMember> findByTaskForceIdAndMemberRoleIn(long taskForceId, Collection<MemberRole> roles);

    long countByTaskForceId(long taskForceId);
}

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    List<WorkingGroup> findByTaskForceIdOrderBySortOrderAscIdAsc(long taskForceId);

    boolean existsByTaskForceIdAndName(long taskForceId, String name);
}

interface GroupUnitRepository extends JpaRepository<GroupUnit, Long> {

    List<GroupUnit> findByGroupIdInOrderByLeadDescIdAsc(Collection<Long> groupIds);

    boolean existsByGroupIdAndUnitId(long groupId, long unitId);

    void deleteByGroupId(long groupId);
}

interface TaskAssignmentRepository extends JpaRepository<TaskAssignment, Long> {

    /** The ids above {@code afterId}, ascending: a page of a search index rebuild. */
    @Query("select e.id from TaskAssignment e where e.id > ?1 order by e.id")
    List<Long> idsAfter(long afterId, Pageable page);


    List<TaskAssignment> findByTaskForceIdOrderByDueDateAscIdAsc(long taskForceId);

    List<TaskAssignment> findByIdIn(Collection<Long> ids);

    boolean existsByTaskForceIdAndStatusNot(long taskForceId, AssignmentStatus status);

    boolean existsByGroupId(long groupId);

    List<TaskAssignment> findByHandlerAndStatusNotOrderByDueDateAsc(String handler, AssignmentStatus status);
}

interface ProgressRepository extends JpaRepository<Progress, Long> {

    List<Progress> findByAssignmentIdOrderByCreatedAtAscIdAsc(long assignmentId);

    List<Progress> findByAssignmentIdInOrderByCreatedAtAscIdAsc(Collection<Long> assignmentIds);
}

interface ProgressFileRepository extends JpaRepository<ProgressFile, Long> {

    List<ProgressFile> findByProgressIdInOrderByIdAsc(Collection<Long> progressIds);
}
