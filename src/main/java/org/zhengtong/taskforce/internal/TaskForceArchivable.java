package org.zhengtong.taskforce.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.Archivable;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;

/**
 * A closed coordination group as an archive item (kind {@code taskforce}): its structure, tasks, progress and
 * completion reports as the text and the printed record, the reports' files as attachments; 定期30年.
 */
@Component
class TaskForceArchivable implements Archivable {

    private final TaskForceRepository taskForces;
    private final TaskAssignmentRepository assignments;
    private final ProgressRepository progress;
    private final ProgressFileRepository files;
    private final TaskForceService service;
    private final AssignmentService assignmentService;
    private final TaskForcePrint print;

    TaskForceArchivable(TaskForceRepository taskForces, TaskAssignmentRepository assignments, ProgressRepository progress,
                        ProgressFileRepository files, TaskForceService service, AssignmentService assignmentService,
                        TaskForcePrint print) {
        this.taskForces = taskForces;
        this.assignments = assignments;
        this.progress = progress;
        this.files = files;
        this.service = service;
        this.assignmentService = assignmentService;
        this.print = print;
    }

    @Override
    public String kind() {
        return TaskForceIndex.KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ArchivalRecord> finished(long id) {
        return taskForces.findById(id).filter(t -> !t.active()).map(taskForce -> {
            StructureView structure = service.structure(taskForce, false);
            List<TaskAssignment> list = assignments.findByTaskForceIdOrderByDueDateAscIdAsc(id);
            List<AssignmentView> tasks = assignmentService.views(taskForce, list);
            List<Long> reports = progress.findByAssignmentIdInOrderByCreatedAtAscIdAsc(
                    list.stream().map(TaskAssignment::getId).toList()).stream().map(Progress::getId).toList();
            List<ArchivalRecord.File> attached = files.findByProgressIdInOrderByIdAsc(reports).stream()
                    .map(f -> new ArchivalRecord.File(ArchivalRecord.FileRole.ATTACHMENT, f.getFileName(),
                            "application/octet-stream", f.getStorageKey(), f.getSha256(), f.getFileSize())).toList();
            ReadyForArchive offer = service.offer(taskForce);
            return new ArchivalRecord(kind(), id, taskForce.getOfficeUnitId(), null, taskForce.getName(),
                    structure.officeUnitName(), taskForce.getBasisNumber(), offer.date(),
                    Classification.UNCLASSIFIED, null, new ArchivalRecord.Type("taskforce", "专项工作"),
                    ArchivalRecord.Origin.OWN, String.join("\n", print.recordLines(structure, tasks)), attached,
                    new ArchivalRecord.ProcessingForm(taskForce.getName() + ".pdf",
                            print.recordPdf(structure, tasks)), null, Retention.YEARS_30, taskForce.getClosedAt());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReadyForArchive> offers(long afterId, int size) {
        return taskForces.findAll(Sort.by("id")).stream()
                .filter(t -> t.getId() > afterId && !t.active()).limit(size).map(service::offer).toList();
    }
}
