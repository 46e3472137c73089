package org.zhengtong.taskforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.archive.Retention;
import org.zhengtong.meeting.MeetingPlans;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.IndexEntryChanged;

/**
 * Coordination groups and their structure. Every method opens the group through {@link TaskForceAccess}: reading
 * for those it involves, changes for its office and the 专项工作管理员 only while it is active; a refused change changes
 * nothing (the transaction rolls back). Every change is audited.
 */
@Service
@Transactional
public class TaskForceService {

    private final TaskForceRepository taskForces;
    private final TaskForceMemberRepository members;
    private final WorkingGroupRepository groups;
    private final GroupUnitRepository groupUnits;
    private final TaskAssignmentRepository assignments;
    private final TaskForceAccess access;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final MeetingPlans meetings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskForceService(TaskForceRepository taskForces, TaskForceMemberRepository members, WorkingGroupRepository groups,
                     GroupUnitRepository groupUnits, TaskAssignmentRepository assignments, TaskForceAccess access,
                     CurrentUsers currentUsers, OrgDirectory directory, MeetingPlans meetings, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.taskForces = taskForces;
        this.members = members;
        this.groups = groups;
        this.groupUnits = groupUnits;
        this.assignments = assignments;
        this.access = access;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.meetings = meetings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The groups the current user may open, active first, newest first. */
    @Transactional(readOnly = true)
    public List<TaskForce> list() {
        CurrentUser user = currentUsers.current();
        return taskForces.findAllByOrderByStatusAscIdDesc().stream().filter(t -> access.canRead(t, user)).toList();
    }

    @Transactional(readOnly = true)
    public boolean mayCreate() {
        return access.mayManage(currentUsers.current());
    }

    /** Sets up a group (专项工作管理员 only); its structure is filled in next. */
    public long create(TaskForceForms.Basics form) {
        CurrentUser user = currentUsers.current();
        if (!access.mayManage(user)) {
            throw new AccessDeniedException(user.username() + " may not set up task forces");
        }
        TaskForce taskForce = new TaskForce(user.username(), clock.instant());
        describe(taskForce, form);
        taskForces.saveAndFlush(taskForce);
        audit.success("TASKFORCE_CREATE", "taskforce", taskForce.getId(), taskForce.getName());
        changed(taskForce);
        return taskForce.getId();
    }

    public void update(long id, TaskForceForms.Basics form) {
        TaskForce taskForce = access.editable(id, currentUsers.current());
        describe(taskForce, form);
        taskForces.saveAndFlush(taskForce);
        audit.success("TASKFORCE_UPDATE", "taskforce", id, taskForce.getName());
        changed(taskForce);
    }

    private void describe(TaskForce taskForce, TaskForceForms.Basics form) {
        String name = Texts.required(form.name(), TaskForce.MAX_NAME, "taskforce.error.nameNeeded");
        if (form.officeUnitId() == null || directory.unit(form.officeUnitId()).isEmpty()) {
            throw new BusinessRuleException("taskforce.error.officeUnit");
        }
        taskForce.describe(name, Texts.optional(form.basisNumber(), TaskForce.MAX_NUMBER),
                form.basisDocumentId(), Texts.optional(form.purpose(), TaskForce.MAX_PURPOSE), form.officeUnitId());
    }

    public long addMember(long id, TaskForceForms.MemberEntry form) {
        TaskForce taskForce = access.editable(id, currentUsers.current());
        if (form.role() == null) {
            throw new BusinessRuleException("taskforce.error.roleNeeded");
        }
        OrgDirectory.PersonRef person = person(form.username());
        if (members.existsByTaskForceIdAndMemberRoleAndUsername(id, form.role(), person.username())) {
            throw new BusinessRuleException("taskforce.error.memberTwice", person.name());
        }
        if (form.role() == MemberRole.LEADER && !members.findByTaskForceIdAndMemberRoleIn(id,
                List.of(MemberRole.LEADER)).isEmpty()) {
            throw new BusinessRuleException("taskforce.error.oneLeader");
        }
        TaskForceMember member = members.saveAndFlush(new TaskForceMember(id, form.role(), person.username(), person.unitId(),
                Texts.optional(form.title(), TaskForceMember.MAX_TITLE), (int) members.countByTaskForceId(id) + 1));
        audit.success("TASKFORCE_MEMBER_ADD", "taskforce", id, form.role() + " " + person.username());
        changed(taskForce);
        return member.getId();
    }

    public void removeMember(long id, long memberId) {
        TaskForce taskForce = access.editable(id, currentUsers.current());
        TaskForceMember member = members.findById(memberId).filter(m -> m.getTaskForceId() == id)
                .orElseThrow(() -> new NotFoundException("taskforceMember", memberId));
        if (member.getMemberRole().office() && members.findByTaskForceIdAndMemberRoleIn(id, MemberRole.OFFICE)
                .size() == 1) {
            throw new BusinessRuleException("taskforce.error.lastOffice");
        }
        members.delete(member);
        audit.success("TASKFORCE_MEMBER_REMOVE", "taskforce", id, member.getMemberRole() + " "
                + member.getUsername());
        changed(taskForce);
    }

    public long addGroup(long id, TaskForceForms.Group form) {
        TaskForce taskForce = access.editable(id, currentUsers.current());
        WorkingGroup group = new WorkingGroup(id, groups.findByTaskForceIdOrderBySortOrderAscIdAsc(id).size() + 1);
        describe(group, form);
        groups.saveAndFlush(group);
        audit.success("TASKFORCE_GROUP_ADD", "taskforce", id, group.getName());
        changed(taskForce);
        return group.getId();
    }

    public void updateGroup(long id, long groupId, TaskForceForms.Group form) {
        TaskForce taskForce = access.editable(id, currentUsers.current());
        WorkingGroup group = group(id, groupId);
        describe(group, form);
        groups.saveAndFlush(group);
        audit.success("TASKFORCE_GROUP_UPDATE", "taskforce", id, group.getName());
        changed(taskForce);
    }

    private void describe(WorkingGroup group, TaskForceForms.Group form) {
        String name = Texts.required(form.name(), WorkingGroup.MAX_NAME, "taskforce.error.groupNameNeeded");
        if (!name.equals(group.getName()) && groups.existsByTaskForceIdAndName(group.getTaskForceId(), name)) {
            throw new BusinessRuleException("taskforce.error.groupTwice", name);
        }
        String overseer = Texts.optional(form.overseer(), 40);
        if (overseer != null && !members.existsByTaskForceIdAndUsernameAndMemberRoleIn(group.getTaskForceId(),
                overseer, List.of(MemberRole.LEADER, MemberRole.DEPUTY))) {
            throw new BusinessRuleException("taskforce.error.overseer");
        }
        group.describe(name, Texts.optional(form.duty(), WorkingGroup.MAX_DUTY), overseer);
    }

    public void removeGroup(long id, long groupId) {
        TaskForce taskForce = access.editable(id, currentUsers.current());
        WorkingGroup group = group(id, groupId);
        if (assignments.existsByGroupId(groupId)) {
            throw new BusinessRuleException("taskforce.error.groupHasTasks", group.getName());
        }
        groupUnits.deleteByGroupId(groupId);
        groups.delete(group);
        audit.success("TASKFORCE_GROUP_REMOVE", "taskforce", id, group.getName());
        changed(taskForce);
    }

    public long addGroupUnit(long id, long groupId, TaskForceForms.GroupUnitEntry form) {
        TaskForce taskForce = access.editable(id, currentUsers.current());
        WorkingGroup group = group(id, groupId);
        OrgDirectory.UnitRef unit = form.unitId() == null ? null : directory.unit(form.unitId()).orElse(null);
        if (unit == null) {
            throw new BusinessRuleException("taskforce.error.unitNeeded");
        }
        if (groupUnits.existsByGroupIdAndUnitId(groupId, unit.id())) {
            throw new BusinessRuleException("taskforce.error.unitTwice", unit.name());
        }
        String contact = Texts.optional(form.contact(), 40);
        if (contact != null && person(contact).unitId() != unit.id()) {
            throw new BusinessRuleException("taskforce.error.contactUnit", unit.name());
        }
        GroupUnit groupUnit = groupUnits.saveAndFlush(new GroupUnit(groupId, unit.id(), form.lead(), contact));
        audit.success("TASKFORCE_GROUP_UNIT_ADD", "taskforce", id, group.getName() + " " + unit.name());
        changed(taskForce);
        return groupUnit.getId();
    }

    public void removeGroupUnit(long id, long groupUnitId) {
        TaskForce taskForce = access.editable(id, currentUsers.current());
        GroupUnit groupUnit = groupUnits.findById(groupUnitId)
                .filter(u -> groups.findById(u.getGroupId()).filter(g -> g.getTaskForceId() == id).isPresent())
                .orElseThrow(() -> new NotFoundException("taskforceGroupUnit", groupUnitId));
        groupUnits.delete(groupUnit);
        audit.success("TASKFORCE_GROUP_UNIT_REMOVE", "taskforce", id, String.valueOf(groupUnit.getUnitId()));
        changed(taskForce);
    }

    /** 撤销: closes the group when none of its tasks is open; then offers it to the archive. */
    public void close(long id) {
        CurrentUser user = currentUsers.current();
        TaskForce taskForce = access.editable(id, user);
        if (assignments.existsByTaskForceIdAndStatusNot(id, AssignmentStatus.ACCEPTED)) {
            throw new BusinessRuleException("taskforce.error.openTasks");
        }
        taskForce.close(user.username(), clock.instant());
        taskForces.saveAndFlush(taskForce);
        audit.success("TASKFORCE_CLOSE", "taskforce", id, taskForce.getName());
        changed(taskForce);
        events.publishEvent(offer(taskForce));
    }

    /** 召开小组会议: a draft meeting plan in 会议管理 with everyone the structure names attending. */
    public long callMeeting(long id, String title, LocalDateTime start, LocalDateTime end, String location) {
        StructureView structure = structure(access.editable(id, currentUsers.current()), true);
        long meetingId = meetings.draft(Texts.optional(title, 200) == null ? structure.name() + "会议" : title,
                start, end, location, structure.people());
        audit.success("TASKFORCE_MEETING", "taskforce", id, String.valueOf(meetingId));
        return meetingId;
    }

    @Transactional(readOnly = true)
    public StructureView structure(long id) {
        CurrentUser user = currentUsers.current();
        TaskForce taskForce = access.readable(id, user);
        return structure(taskForce, taskForce.active() && access.mayEdit(taskForce, user));
    }

    /** The group's structure; {@code editable} whether the reader may change it. */
    StructureView structure(TaskForce taskForce, boolean editable) {
        long id = taskForce.getId();
        List<WorkingGroup> groupList = groups.findByTaskForceIdOrderBySortOrderAscIdAsc(id);
        Map<Long, List<GroupUnit>> unitsByGroup = groupUnits.findByGroupIdInOrderByLeadDescIdAsc(
                groupList.stream().map(WorkingGroup::getId).toList()).stream()
                .collect(Collectors.groupingBy(GroupUnit::getGroupId));
        List<StructureView.MemberView> memberViews = new ArrayList<>();
        for (TaskForceMember m : members.findByTaskForceIdOrderByMemberRoleAscSortOrderAscIdAsc(id)) {
            memberViews.add(new StructureView.MemberView(m.getId(), m.getMemberRole(), m.getUsername(),
                    directory.nameOf(m.getUsername()), m.getUnitId(), unitName(m.getUnitId()), m.getTitle(),
                    groupList.stream().filter(g -> m.getMemberRole() == MemberRole.DEPUTY
                            && m.getUsername().equals(g.getOverseer())).map(WorkingGroup::getName).toList()));
        }
        List<StructureView.GroupView> groupViews = groupList.stream().map(g -> new StructureView.GroupView(
                g.getId(), g.getName(), g.getDuty(), g.getOverseer(),
                g.getOverseer() == null ? null : directory.nameOf(g.getOverseer()),
                unitsByGroup.getOrDefault(g.getId(), List.of()).stream().map(u -> new StructureView.GroupUnitView(
                        u.getId(), u.getUnitId(), unitName(u.getUnitId()), u.isLead(), u.getContact(),
                        u.getContact() == null ? null : directory.nameOf(u.getContact()))).toList())).toList();
        return new StructureView(id, taskForce.getName(), taskForce.getBasisNumber(), taskForce.getBasisDocumentId(),
                taskForce.getPurpose(), taskForce.getOfficeUnitId(), unitName(taskForce.getOfficeUnitId()),
                taskForce.getStatus(), taskForce.getCreatedAt(), taskForce.getClosedAt(), memberViews, groupViews,
                editable);
    }

    /** Everyone in the organization, for the pages' pickers: username → name and unit. */
    @Transactional(readOnly = true)
    public Map<String, String> people() {
        Map<Long, String> units = directory.units().stream().collect(Collectors.toMap(OrgDirectory.UnitRef::id,
                OrgDirectory.UnitRef::displayName));
        return directory.everyone().stream().collect(Collectors.toMap(OrgDirectory.PersonRef::username,
                p -> p.name() + "（" + units.getOrDefault(p.unitId(), "") + "）", (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    @Transactional(readOnly = true)
    public List<OrgDirectory.UnitRef> units() {
        return directory.units();
    }

    ReadyForArchive offer(TaskForce taskForce) {
        return new ReadyForArchive(TaskForceIndex.KIND, taskForce.getId(), taskForce.getOfficeUnitId(),
                taskForce.getName(), taskForce.getBasisNumber(), LocalDate.ofInstant(taskForce.getClosedAt(),
                clock.getZone()), ArchivalRecord.Origin.OWN, Classification.UNCLASSIFIED, Retention.YEARS_30,
                taskForce.getClosedAt());
    }

    String unitName(long unitId) {
        return directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse(String.valueOf(unitId));
    }

    private OrgDirectory.PersonRef person(String username) {
        String value = Texts.optional(username, 40);
        return value == null ? Texts.refuse("taskforce.error.personNeeded")
                : directory.person(value).orElseThrow(() -> new BusinessRuleException("taskforce.error.unknownPerson"));
    }

    private WorkingGroup group(long id, long groupId) {
        return groups.findById(groupId).filter(g -> g.getTaskForceId() == id)
                .orElseThrow(() -> new NotFoundException("taskforceGroup", groupId));
    }

    void changed(TaskForce taskForce) {
        events.publishEvent(new IndexEntryChanged(TaskForceIndex.KIND, taskForce.getId()));
    }
}
