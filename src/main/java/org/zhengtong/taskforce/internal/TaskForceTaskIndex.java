package org.zhengtong.taskforce.internal;

import org.springframework.data.domain.PageRequest;
import java.util.List;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.Searchable;

/**
 * Tasks in 综合检索 (kind {@code taskforce-task}, the prefix of their business keys): number, title, content, the
 * progress reports and the completion report, found by their group's readers and the handler.
 */
@Component
class TaskForceTaskIndex implements Searchable {

    static final String KIND = "taskforce-task";

    private final TaskAssignmentRepository assignments;
    private final TaskForceRepository taskForces;
    private final ProgressRepository progress;
    private final AssignmentService service;
    private final TaskForceService taskForceService;
    private final CurrentUsers currentUsers;

    TaskForceTaskIndex(TaskAssignmentRepository assignments, TaskForceRepository taskForces, ProgressRepository progress,
                       AssignmentService service, TaskForceService taskForceService, CurrentUsers currentUsers) {
        this.assignments = assignments;
        this.taskForces = taskForces;
        this.progress = progress;
        this.service = service;
        this.taskForceService = taskForceService;
        this.currentUsers = currentUsers;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FullTextSearch.Entry> entry(long id) {
        return assignments.findById(id).flatMap(a -> taskForces.findById(a.getTaskForceId()).map(taskForce -> {
            EntryText text = new EntryText().add(a.getAssignmentNumber(), a.getContent(), a.getLastNote());
            progress.findByAssignmentIdOrderByCreatedAtAscIdAsc(id).forEach(p -> text.add(p.getText()));
            Set<String> readers = new java.util.LinkedHashSet<>(TaskForceIndex.readers(
                    taskForceService.structure(taskForce, false)));
            readers.add(Readers.person(a.getHandler()));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("number", a.getAssignmentNumber());
            fields.put("status", a.getStatus().name());
            return new FullTextSearch.Entry(KIND, id, a.getUnitId(), a.getTitle(), text.toString(), a.getDueDate(),
                    Classification.UNCLASSIFIED, readers, fields);
        }));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        CurrentUser user = currentUsers.current();
        return assignments.findAllById(ids).stream().filter(a -> service.canRead(a, user)).map(TaskAssignment::getId)
                .collect(Collectors.toSet());
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return assignments.idsAfter(afterId, PageRequest.of(0, limit));
    }

    @Override
    public String link(long id) {
        return "/taskforce/tasks/" + id;
    }

}
