package org.zhengtong.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Finished documents of 市财政局 to archive: drafted, then every open step sent on by its handler until it ends. */
public class ArchiveFixtures {

    private final DocumentFixtures documents;
    private final DocumentService service;
    private final Workflow workflow;
    private final OrgDirectory directory;

    public ArchiveFixtures(DocumentService service, OrgDirectory directory, UserDetailsService users, Workflow workflow) {
        this.documents = new DocumentFixtures(service, directory, users);
        this.service = service;
        this.workflow = workflow;
        this.directory = directory;
    }

    /** What an archivist confirms for a finished document. */
    public static ArchivingService.Request request(long documentId, Retention retention, String orgCode) {
        return new ArchivingService.Request(new ArchivingService.Source("document", documentId), retention, orgCode);
    }

    /** An unclassified 通知 of 市财政局, finished. */
    public OfficialDocument finished(String titleStem) {
        return finish(documents.draft("czj.d1.clerk1", DocumentType.NOTICE, Urgency.NORMAL,
                Classification.UNCLASSIFIED, titleStem));
    }

    /** A 秘密 通知 of 市财政局 (drafted by the section chief, whose clearance covers it), finished. */
    OfficialDocument finishedSecret(String titleStem) {
        return finish(documents.draft("czj.d1.chief", DocumentType.NOTICE, Urgency.NORMAL, Classification.SECRET,
                titleStem));
    }

    /** A paper 收文 of 市财政局 from 市政府办公室, handled by 预算科 and finished. */
    OfficialDocument finishedIncoming(String titleStem) {
        return finish(documents.registerIncoming(titleStem));
    }

    private long department(long unitId, String name) {
        return directory.departments(unitId).stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
    }

    public OfficialDocument finish(OfficialDocument draft) {
        long id = draft.getId();
        for (int guard = 0; guard < 20 && !workflow.isEnded(draft.getProcessInstanceId()); guard++) {
            List<TodoTask> open = workflow.openTasks(draft.getProcessInstanceId());
            // a candidate step (签收) is taken by the unit's 机要秘书
            TodoTask task = open.stream().filter(t -> t.assignee() != null).findFirst().orElse(open.get(0));
            String handler = task.assignee() != null ? task.assignee() : "czj.secretary";
            StepDecision decision = "instruct".equals(task.activityId())
                    ? new StepDecision("请办理", List.of(), null, null, List.of(department(draft.getUnitId(), "预算科")),
                            List.of())
                    : StepDecision.opinion("同意");
            documents.sendOn(handler, id, decision);
        }
        OfficialDocument finished = documents.as("czj.secretary", () -> service.read(id));
        assertThat(finished.getStatus()).isEqualTo(OfficialDocument.Status.FINISHED);
        return finished;
    }

    public <T> T as(String username, java.util.function.Supplier<T> work) {
        return documents.as(username, work);
    }
}
