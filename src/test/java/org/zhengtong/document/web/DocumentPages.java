package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The 公文 pages driven the way a browser drives them: demo users, CSRF tokens, form posts. Tasks are looked up in
 * the engine only to know which task id the page would have carried.
 */
class DocumentPages {

    private final MockMvc mvc;
    private final TestUsers users;
    private final UserDetailsService accounts;
    private final Workflow workflow;
    private final OrgDirectory directory;
    private final DocumentService documents;

    DocumentPages(MockMvc mvc, TestUsers users, UserDetailsService accounts, Workflow workflow, OrgDirectory directory,
                  DocumentService documents) {
        this.mvc = mvc;
        this.users = users;
        this.accounts = accounts;
        this.workflow = workflow;
        this.directory = directory;
        this.documents = documents;
    }

    /** 拟稿 by a clerk of 市财政局's 预算科: a 请示 to 市政府办公室, copied to 市人民政府. */
    long draft(String username, String title, String bodyHtml) throws Exception {
        String location = post(username, "/documents/new", "type", "REQUEST", "title", title,
                "classification", "UNCLASSIFIED", "urgency", "URGENT", "issuerCode", "财预",
                "mainRecipients", String.valueOf(unit("szfb")), "ccRecipients", String.valueOf(unit("szf")),
                "bodyHtml", bodyHtml)
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/documents/\\d+");
        return Long.parseLong(location.substring("/documents/".length()));
    }

    /** A fresh draft already sent on by {@code czj.d1.clerk1}: it waits at 部门审核 with {@code czj.d1.chief}. */
    long draftAtDepartmentReview(String title) throws Exception {
        long id = draft("czj.d1.clerk1", title, "<p>市政府：</p><p>现将有关情况请示如下。</p>");
        sendOn("czj.d1.clerk1", id, "opinion", "请审核");
        return id;
    }

    /** Sends on through the page's action form; the page redirects back to the document. */
    void sendOn(String username, long id, String... params) throws Exception {
        act(username, id, "send", params).andExpect(redirectedUrl("/documents/" + id));
    }

    /** Posts an action of the action panel with the task id the page carries. */
    ResultActions act(String username, long id, String action, String... params) throws Exception {
        String[] withTask = new String[params.length + 2];
        withTask[0] = "taskId";
        withTask[1] = taskId(username, id);
        System.arraycopy(params, 0, withTask, 2, params.length);
        return post(username, "/documents/" + id + "/" + action, withTask);
    }

    ResultActions post(String username, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(users.as(username)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    ResultActions get(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(users.as(username)));
    }

    /** The page as the user sees it (expects 200). */
    String page(String username, long id) throws Exception {
        return get(username, "/documents/" + id).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String taskId(String username, long id) {
        TodoTask task = task(username, id);
        assertThat(task).as("%s has a task on document %s", username, id).isNotNull();
        return task.taskId();
    }

    /** The user's open task on the document, or null. */
    TodoTask task(String username, long id) {
        List<TodoTask> mine = workflow.todo(username).stream()
                .filter(t -> ("document:" + id).equals(t.businessKey())).toList();
        return mine.isEmpty() ? null : mine.get(0);
    }

    String stepOf(String username, long id) {
        TodoTask task = task(username, id);
        return task == null ? null : task.name();
    }

    /** The 收文 a unit received for a distributed document, found in its secretary's 签收 list by title. */
    long incomingFor(String secretary, String title) {
        return workflow.todo(secretary).stream().filter(t -> t.name().equals("签收"))
                .map(t -> Long.parseLong(t.businessKey().substring("document:".length())))
                .filter(id -> title.equals(as(secretary, () -> documents.read(id).getTitle()))).findFirst().orElseThrow();
    }

    /** The document as stored, read as the given user. */
    OfficialDocument stored(String username, long id) {
        return as(username, () -> documents.read(id));
    }

    long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    long department(String unitCode, String name) {
        return directory.departments(unit(unitCode)).stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    /** Runs service calls as the user, for checks behind the pages (what was stored). */
    <T> T as(String username, Supplier<T> work) {
        var principal = accounts.loadUserByUsername(username);
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
