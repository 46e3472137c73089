package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.IncomingForm;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;

/** Documents of 市财政局 for tests, drafted and sent on as the given people. Not a bean: tests make their own. */
public class DocumentFixtures {

    private final DocumentService documents;
    private final OrgDirectory directory;
    private final UserDetailsService users;

    public DocumentFixtures(DocumentService documents, OrgDirectory directory, UserDetailsService users) {
        this.documents = documents;
        this.directory = directory;
        this.users = users;
    }

    /** A 发文 of 市财政局 to 市政府办公室 with a unique title; the drafter's 拟稿 step is open. */
    public OfficialDocument draft(String drafter, DocumentType type, Urgency urgency, Classification classification,
                                  String titleStem) {
        return draft(drafter, type, urgency, classification, titleStem, "<p>正文</p>");
    }

    public OfficialDocument draft(String drafter, Urgency urgency, String titleStem) {
        return draft(drafter, DocumentType.REQUEST, urgency, Classification.UNCLASSIFIED, titleStem);
    }

    /** An ordinary 请示 with this body. */
    public OfficialDocument draft(String drafter, String titleStem, String bodyHtml) {
        return draft(drafter, DocumentType.REQUEST, Urgency.NORMAL, Classification.UNCLASSIFIED, titleStem, bodyHtml);
    }

    private OfficialDocument draft(String drafter, DocumentType type, Urgency urgency, Classification classification,
                                   String titleStem, String bodyHtml) {
        String title = TestUsers.unique(titleStem);
        return as(drafter, () -> documents.draftOutgoing(new OutgoingForm(type, title, classification,
                classification.classified() ? "10年" : null, urgency, List.of(unit("szfb")), List.of(), "财预",
                bodyHtml, null)));
    }

    /**
     * A draft of {@code czj.d1.clerk1} taken through 部门审核 and 办公室核稿 to 领导签发 by the 局长: it waits at 编号登记
     * with the 机要秘书 ({@code czj.secretary}). Returns its id.
     */
    public long signedOff(long draftOfClerk1) {
        sendOn("czj.d1.clerk1", draftOfClerk1, StepDecision.opinion("请审核"));
        sendOn("czj.d1.chief", draftOfClerk1, StepDecision.opinion("同意"));
        sendOn("czj.office", draftOfClerk1, new StepDecision("请局长签发", List.of(), "czj.head", null, List.of(),
                List.of()));
        sendOn("czj.head", draftOfClerk1, StepDecision.opinion("同意"));
        return draftOfClerk1;
    }

    /** A paper 收文 registered by 市财政局's secretary; it waits at 签收. */
    public OfficialDocument registerIncoming(String titleStem) {
        String title = TestUsers.unique(titleStem);
        return as("czj.secretary", () -> documents.registerPaperIncoming(new IncomingForm(DocumentType.NOTICE, title,
                "市政府办公室", null, Classification.UNCLASSIFIED, null, Urgency.NORMAL, null), null, null));
    }

    /** The person's open step on the document, sent on with the decision. */
    public void sendOn(String username, long documentId, StepDecision decision) {
        as(username, () -> {
            TodoTask task = documents.currentTask(documents.read(documentId));
            assertThat(task).as("%s has a step on document %s", username, documentId).isNotNull();
            documents.sendOn(documentId, task.taskId(), decision);
            return null;
        });
    }

    public TodoTask currentTask(String username, long documentId) {
        return as(username, () -> documents.currentTask(documents.read(documentId)));
    }

    public long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    public <T> T as(String username, Supplier<T> work) {
        var principal = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
