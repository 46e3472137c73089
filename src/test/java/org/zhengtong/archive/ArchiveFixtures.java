package org.zhengtong.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.zhengtong.document.Classification;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Finished documents of 市财政局 to archive: drafted, then every open step sent on by its handler until it ends. */
class ArchiveFixtures {

    private final DocumentFixtures documents;
    private final DocumentService service;
    private final Workflow workflow;

    ArchiveFixtures(DocumentService service, OrgDirectory directory, UserDetailsService users, Workflow workflow) {
        this.documents = new DocumentFixtures(service, directory, users);
        this.service = service;
        this.workflow = workflow;
    }

    /** An unclassified 通知 of 市财政局, finished. */
    OfficialDocument finished(String titleStem) {
        return finish(documents.draft("czj.d1.clerk1", DocumentType.NOTICE, Urgency.NORMAL,
                Classification.UNCLASSIFIED, titleStem));
    }

    /** A 秘密 通知 of 市财政局 (drafted by the section chief, whose clearance covers it), finished. */
    OfficialDocument finishedSecret(String titleStem) {
        return finish(documents.draft("czj.d1.chief", DocumentType.NOTICE, Urgency.NORMAL, Classification.SECRET,
                titleStem));
    }

    OfficialDocument finish(OfficialDocument draft) {
        long id = draft.getId();
        for (int guard = 0; guard < 20 && !workflow.isEnded(draft.getProcessInstanceId()); guard++) {
            List<TodoTask> open = workflow.openTasks(draft.getProcessInstanceId());
            TodoTask task = open.stream().filter(t -> t.assignee() != null).findFirst().orElseThrow();
            documents.sendOn(task.assignee(), id, StepDecision.opinion("同意"));
        }
        OfficialDocument finished = documents.as("czj.secretary", () -> service.read(id));
        assertThat(finished.getStatus()).isEqualTo(OfficialDocument.Status.FINISHED);
        return finished;
    }

    <T> T as(String username, java.util.function.Supplier<T> work) {
        return documents.as(username, work);
    }
}
