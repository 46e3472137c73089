package org.zhengtong.forum.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.forum.internal.ForumForms;
import org.zhengtong.forum.internal.ForumPost;
import org.zhengtong.forum.internal.ForumService;
import org.zhengtong.forum.internal.ForumViews;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * 网上论坛 ({@code /forum}): the boards one reads, a board's threads (置顶 first, then the latest reply; paged), a
 * thread's posts with reply, quote and 举报 for readers and 置顶, 锁定 and 屏蔽 for moderators, 发表主题, the
 * administrator's 版块管理, the moderators' 举报处理 and a board's 管理日志. A refused form shows again with the
 * reason (400 invalid input, 409 a rule such as a locked thread), nothing saved.
 */
@Controller
@RequestMapping("/forum")
class ForumController {

    private final ForumService forum;
    private final ForumViews views;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final RequestTransactions requests;
    private final Refusals refusals;

    ForumController(ForumService forum, ForumViews views, CurrentUsers currentUsers, OrgDirectory directory,
                    RequestTransactions requests, Refusals refusals) {
        this.forum = forum;
        this.views = views;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.requests = requests;
        this.refusals = refusals;
    }

    @GetMapping
    String boards(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("boards", forum.readableBoards(user).stream().map(views::board).toList());
        model.addAttribute("mayManage", forum.mayManage(user));
        return "forum/boards";
    }

    @GetMapping("/boards/{id}")
    String board(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = currentUsers.current();
        var board = forum.readableBoard(id, user);
        model.addAttribute("board", views.board(board));
        model.addAttribute("seesLog", forum.moderates(board, user) || forum.mayManage(user));
        model.addAttribute("threads", views.threads(forum.threads(id, page, user)));
        return "forum/board";
    }

    @GetMapping("/boards/{id}/log")
    String log(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("board", views.board(forum.readableBoard(id, user)));
        model.addAttribute("entries", views.log(forum.log(id, page, user)));
        return "forum/log";
    }

    @GetMapping("/threads/new")
    String newThread(@RequestParam long boardId, Model model) {
        return threadForm(model, new ForumForms.ThreadForm(boardId, "", "", false), null);
    }

    @PostMapping("/threads")
    String createThread(@ModelAttribute ForumForms.ThreadForm form,
                        @RequestParam(name = "files", required = false) List<MultipartFile> files,
                        @RequestKey String key, Model model, HttpServletResponse response, Locale locale) {
        long id;
        try {
            id = requests.createOnce(ForumForms.ThreadForm.REQUEST_KIND, key,
                    () -> forum.createThread(form, files, currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return threadForm(model, form, refusals.message(e.messageKey(), locale, e.arguments()));
        }
        return "redirect:/forum/threads/" + id;
    }

    private String threadForm(Model model, ForumForms.ThreadForm form, String error) {
        model.addAttribute("board", views.board(forum.readableBoard(form.boardId(), currentUsers.current())));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        return "forum/new";
    }

    /** The thread's posts; {@code ?quote=} puts a post's quote into the reply form. Opening it counts a view. */
    @GetMapping("/threads/{id}")
    String thread(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(required = false) Long quote, Model model) {
        CurrentUser user = currentUsers.current();
        ForumViews.ThreadView thread = requests.act(() -> forum.open(id, user), () -> views.thread(id, user));
        return thread(model, thread, page, new ForumForms.ReplyForm("", quote, false), null);
    }

    @PostMapping("/threads/{id}/replies")
    String reply(@PathVariable long id, @ModelAttribute ForumForms.ReplyForm form,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files, @RequestKey String key,
                 Model model, HttpServletResponse response, Locale locale) {
        CurrentUser user = currentUsers.current();
        long replyId;
        try {
            replyId = requests.createOnce(ForumForms.ReplyForm.REQUEST_KIND, key,
                    () -> forum.reply(id, form, files, user), i -> i);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return thread(model, views.thread(id, user), 0, form,
                    refusals.message(e.messageKey(), locale, e.arguments()));
        }
        int last = forum.posts(id, 0, user).getTotalPages() - 1;
        return "redirect:/forum/threads/" + id + "?page=" + last + "#post-" + replyId;
    }

    private String thread(Model model, ForumViews.ThreadView thread, int page, ForumForms.ReplyForm form,
                          String error) {
        CurrentUser user = currentUsers.current();
        var posts = views.posts(forum.posts(thread.id(), page, user), user);
        model.addAttribute("thread", thread);
        model.addAttribute("posts", posts);
        model.addAttribute("form", form);
        model.addAttribute("quoted", views.quotePreview(thread.id(), form.quotePostId()));
        model.addAttribute("error", error);
        return "forum/thread";
    }

    @PostMapping("/threads/{id}/sticky")
    String stick(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect, Locale locale) {
        forum.stick(id, value, currentUsers.current());
        return done(id, value ? "forum.stuck" : "forum.unstuck", redirect, locale);
    }

    @PostMapping("/threads/{id}/lock")
    String lock(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect, Locale locale) {
        forum.lock(id, value, currentUsers.current());
        return done(id, value ? "forum.lockedDone" : "forum.unlocked", redirect, locale);
    }

    @GetMapping("/posts/{postId}/edit")
    String editForm(@PathVariable long postId, Model model) {
        ForumPost post = forum.ownPost(postId, currentUsers.current());
        return editForm(model, post, post.getBody(), null);
    }

    @PostMapping("/posts/{postId}/edit")
    String edit(@PathVariable long postId, @RequestParam(required = false) String body, Model model,
                HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        CurrentUser user = currentUsers.current();
        try {
            requests.act(() -> forum.edit(postId, body, user), () -> null);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return editForm(model, forum.ownPost(postId, user), body,
                    refusals.message(e.messageKey(), locale, e.arguments()));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("forum.edited", locale));
        return "redirect:/forum/threads/" + forum.ownPost(postId, user).getThreadId() + "#post-" + postId;
    }

    private String editForm(Model model, ForumPost post, String body, String error) {
        model.addAttribute("post", post);
        model.addAttribute("thread", views.thread(post.getThreadId(), currentUsers.current()));
        model.addAttribute("body", body);
        model.addAttribute("error", error);
        return "forum/edit-post";
    }

    @PostMapping("/posts/{postId}/report")
    String report(@PathVariable long postId, @RequestParam long threadId, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect, Locale locale) {
        forum.report(postId, reason, currentUsers.current());
        return done(threadId, "forum.reported", redirect, locale);
    }

    @PostMapping("/posts/{postId}/hide")
    String hide(@PathVariable long postId, @RequestParam long threadId, @RequestParam(required = false) String reason,
                RedirectAttributes redirect, Locale locale) {
        forum.hide(postId, reason, currentUsers.current());
        return done(threadId, "forum.hiddenDone", redirect, locale);
    }

    private String done(long threadId, String message, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashMessage", refusals.message(message, locale));
        return "redirect:/forum/threads/" + threadId;
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<Resource> download(@PathVariable long fileId) {
        ForumService.Download file = forum.download(fileId, currentUsers.current());
        return Downloads.inline(file.name(), file.size(), file.content());
    }

    @GetMapping("/reports")
    String reports(Model model) {
        model.addAttribute("reports", views.reports(forum.openReports(currentUsers.current())));
        return "forum/reports";
    }

    @PostMapping("/reports/{id}/dismiss")
    String dismiss(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        forum.dismiss(id, currentUsers.current());
        redirect.addFlashAttribute("flashMessage", refusals.message("forum.dismissed", locale));
        return "redirect:/forum/reports";
    }

    @PostMapping("/reports/{id}/hide")
    String hideReported(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        forum.hideReported(id, currentUsers.current());
        redirect.addFlashAttribute("flashMessage", refusals.message("forum.hiddenDone", locale));
        return "redirect:/forum/reports";
    }

    @GetMapping("/manage")
    String manage(@RequestParam(required = false) Long edit, Model model) {
        CurrentUser user = currentUsers.current();
        return manage(model, edit == null ? new ForumForms.BoardForm("", "", true, List.of(), List.of(), false)
                : forum.boardForm(edit, user), edit, null);
    }

    @PostMapping("/manage")
    String createBoard(@ModelAttribute ForumForms.BoardForm form, @RequestKey String key, Model model,
                       HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            requests.createOnce(ForumForms.BoardForm.REQUEST_KIND, key,
                    () -> forum.createBoard(form, currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return manage(model, form, null, refusals.message(e.messageKey(), locale, e.arguments()));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("forum.boardSaved", locale));
        return "redirect:/forum/manage";
    }

    @PostMapping("/manage/{id}")
    String updateBoard(@PathVariable long id, @ModelAttribute ForumForms.BoardForm form, Model model,
                       HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            forum.updateBoard(id, form, currentUsers.current());
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return manage(model, form, id, refusals.message(e.messageKey(), locale, e.arguments()));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("forum.boardSaved", locale));
        return "redirect:/forum/manage";
    }

    private String manage(Model model, ForumForms.BoardForm form, Long editing, String error) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("boards", forum.allBoards(user).stream().map(views::board).toList());
        model.addAttribute("units", directory.units());
        model.addAttribute("people", directory.everyone());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("error", error);
        return "forum/manage";
    }
}
