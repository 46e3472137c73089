package org.zhengtong.taskforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Coordination groups in 综合检索 (kind {@code taskforce}): name, 文号, purpose, working groups and their duties, and
 * everyone named, found by the people it names, the people of its groups' units and the 专项工作管理员;
 * {@link #readable} lets through only those {@link TaskForceAccess} admits.
 */
@Component
class TaskForceIndex extends RecordIndex<TaskForce> {

    static final String KIND = "taskforce";

    private final TaskForceService service;
    private final TaskForceAccess access;
    private final Clock clock;

    TaskForceIndex(TaskForceRepository taskForces, TaskForceService service, TaskForceAccess access,
                   CurrentUsers currentUsers, Clock clock) {
        super(KIND, TaskForce.class, taskForces, "/taskforce/", currentUsers);
        this.clock = clock;
        this.service = service;
        this.access = access;
    }

    @Override
    protected FullTextSearch.Entry entry(TaskForce taskForce) {
        StructureView structure = service.structure(taskForce, false);
        EntryText text = new EntryText().add(structure.basisNumber(), structure.purpose());
        structure.members().forEach(m -> text.add(m.name() + " " + m.unitName()));
        structure.groups().forEach(g -> text.add(g.name() + " " + (g.duty() == null ? "" : g.duty())));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", structure.status().name());
        return new FullTextSearch.Entry(KIND, taskForce.getId(), structure.officeUnitId(), structure.name(), text.toString(),
                LocalDate.ofInstant(structure.createdAt(), clock.getZone()), Classification.UNCLASSIFIED,
                readers(structure), fields);
    }

    /** Who may find the group's records: the people it names, its groups' units, the 专项工作管理员. */
    static Set<String> readers(StructureView structure) {
        Set<String> readers = new LinkedHashSet<>();
        structure.people().forEach(username -> readers.add(Readers.person(username)));
        structure.groups().stream().flatMap(g -> g.units().stream())
                .forEach(u -> readers.add(Readers.unit(u.unitId())));
        readers.add(Readers.role(TaskForcePermissions.ADMIN_ROLE));
        return readers;
    }

    @Override
    protected boolean mayOpen(TaskForce taskForce, CurrentUser user) {
        return access.canRead(taskForce, user);
    }
}
