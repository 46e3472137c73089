package org.zhengtong.journal.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.journal.internal.Issue;
import org.zhengtong.journal.internal.JournalForms.ArticleForm;
import org.zhengtong.journal.internal.JournalForms.IssueForm;
import org.zhengtong.journal.internal.JournalForms.PublicationForm;
import org.zhengtong.journal.internal.JournalScores;
import org.zhengtong.journal.internal.JournalService;
import org.zhengtong.journal.internal.JournalViews;
import org.zhengtong.journal.internal.Publication;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.Workflow;

/**
 * 电子刊物 ({@code /journals}): the publications one reads, with one's own submissions; a publication's issues; an
 * issue's articles and its PDF (inline); an article with its review's task actions and trail; 报送信息 (and 修改并重新
 * 报送 when returned); the editor's desk (来稿, 组稿, 发布); 信息报送 统计. Refusals show the form again with 400 or 409.
 */
@Controller
@RequestMapping("/journals")
class JournalController {

    private final JournalService journals;
    private final JournalScores scores;
    private final JournalViews views;
    private final CurrentUsers currentUsers;
    private final TaskActions taskActions;
    private final Workflow workflow;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final OrgDirectory directory;

    JournalController(JournalService journals, JournalScores scores, JournalViews views, CurrentUsers currentUsers,
                      TaskActions taskActions, Workflow workflow, RequestTransactions requests, Refusals refusals,
                      OrgDirectory directory) {
        this.journals = journals;
        this.scores = scores;
        this.views = views;
        this.currentUsers = currentUsers;
        this.taskActions = taskActions;
        this.workflow = workflow;
        this.requests = requests;
        this.refusals = refusals;
        this.directory = directory;
    }

    @GetMapping
    String index(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("publications", views.publications(journals.readable(user), user));
        model.addAttribute("mine", views.articles(journals.mine(user), user));
        model.addAttribute("mayEdit", journals.mayEdit(user));
        model.addAttribute("maySubmit", !journals.submittable(user).isEmpty());
        return "journal/index";
    }

    @GetMapping("/{id}")
    String publication(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("publication", views.publication(journals.readablePublication(id, user), user));
        model.addAttribute("issues", views.issues(id, user));
        return "journal/publication";
    }

    @GetMapping("/issues/{id}")
    String issue(@PathVariable long id, Model model) {
        model.addAttribute("issue", views.issue(id, currentUsers.current()));
        return "journal/issue";
    }

    @GetMapping("/issues/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.inline("issue-" + id + ".pdf", journals.pdf(id, currentUsers.current()));
    }

    @PostMapping("/issues/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        requests.act(() -> journals.publish(id, currentUsers.current()), () -> id);
        redirect.addFlashAttribute("flashMessage", refusals.message("journal.issue.publishedMessage", locale));
        return "redirect:/journals/issues/" + id;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable long id, Model model) {
        JournalViews.ArticleView article = views.article(id, currentUsers.current());
        model.addAttribute("article", article);
        model.addAttribute("panel", article.processInstanceId() == null ? null
                : taskActions.panel("journal:" + id, article.processInstanceId()));
        model.addAttribute("trail", article.processInstanceId() == null ? List.of()
                : workflow.trail(article.processInstanceId()));
        return "journal/article";
    }

    @GetMapping("/submit")
    String submitForm(@RequestParam(required = false) Long publication, @RequestParam(required = false) Long article,
                      Model model) {
        if (article != null) {
            JournalViews.ArticleView returned = views.article(article, currentUsers.current());
            if (!returned.resubmittable()) {
                throw new BusinessRuleException("journal.error.notReturned");
            }
            return form(model, new ArticleForm(returned.publicationId(), returned.title(), returned.content(),
                    returned.classification()), article);
        }
        return form(model, ArticleForm.empty(publication), null);
    }

    @PostMapping("/submit")
    String submit(@ModelAttribute("form") ArticleForm form, BindingResult result, @RequestKey String key,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null);
        }
        long id;
        try {
            id = requests.createOnce(ArticleForm.REQUEST_KIND, key,
                    () -> journals.submit(form, currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("journal.submitted", locale));
        return "redirect:/journals/articles/" + id;
    }

    @PostMapping("/articles/{id}")
    String resubmit(@PathVariable long id, @ModelAttribute("form") ArticleForm form, BindingResult result,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, id);
        }
        try {
            requests.act(() -> journals.resubmit(id, form, currentUsers.current()), () -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("journal.submitted", locale));
        return "redirect:/journals/articles/" + id;
    }

    private String form(Model model, ArticleForm form, Long articleId) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("form", form);
        model.addAttribute("articleId", articleId);
        model.addAttribute("publications", journals.submittable(user));
        model.addAttribute("classifications", Classification.values());
        return "journal/submit";
    }

    @GetMapping("/publications/new")
    String newPublication(Model model) {
        if (!journals.mayEdit(currentUsers.current())) {
            throw new AccessDeniedException("JOURNAL_EDIT of a unit");
        }
        return publicationForm(model, new PublicationForm(null, 0, true, List.of(), List.of()));
    }

    @PostMapping("/publications")
    String createPublication(@ModelAttribute("form") PublicationForm form, BindingResult result,
                             @RequestKey String key, Model model, HttpServletResponse response,
                             RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return publicationForm(model, form);
        }
        long id;
        try {
            id = requests.createOnce(PublicationForm.REQUEST_KIND, key,
                    () -> journals.createPublication(form, currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return publicationForm(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("journal.publicationCreated", locale));
        return "redirect:/journals/" + id;
    }

    private String publicationForm(Model model, PublicationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("units", directory.units());
        return "journal/new-publication";
    }

    @GetMapping("/edit")
    String desk(@RequestParam(required = false) Long publication, Model model) {
        CurrentUser user = currentUsers.current();
        List<Publication> edited = journals.edited(user);
        if (edited.isEmpty() && journals.mayEdit(user)) {
            return "redirect:/journals/publications/new";
        }
        if (edited.isEmpty()) {
            throw new AccessDeniedException("not an editor");
        }
        long chosen = publication == null ? edited.get(0).getId() : publication;
        model.addAttribute("publications", views.publications(edited, user));
        model.addAttribute("chosen", chosen);
        model.addAttribute("submissions", views.articles(journals.submissions(chosen, user), user));
        model.addAttribute("drafts", views.issues(chosen, user).stream()
                .filter(i -> i.status() == Issue.Status.DRAFT).toList());
        return "journal/desk";
    }

    @PostMapping("/edit/{publication}/issues")
    String compose(@PathVariable long publication, @RequestParam(required = false) List<Long> articleIds,
                   @RequestKey String key, RedirectAttributes redirect, Locale locale) {
        long id = requests.createOnce(IssueForm.REQUEST_KIND, key,
                () -> journals.compose(publication, new IssueForm(articleIds), currentUsers.current()), i -> i);
        redirect.addFlashAttribute("flashMessage", refusals.message("journal.issue.composed", locale));
        return "redirect:/journals/issues/" + id;
    }

    @GetMapping("/scores")
    String scores(@RequestParam(required = false) Long publication, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                  Model model) {
        CurrentUser user = currentUsers.current();
        List<Publication> readable = journals.readable(user);
        JournalScores.Period period = scores.period(year, from, to);
        Long chosen = publication != null ? publication : readable.isEmpty() ? null : readable.get(0).getId();
        model.addAttribute("publications", views.publications(readable, user));
        model.addAttribute("chosen", chosen);
        model.addAttribute("period", period);
        model.addAttribute("scores", chosen == null ? List.of() : scores.scores(chosen, period, user));
        return "journal/scores";
    }

    @GetMapping("/scores.xlsx")
    ResponseEntity<byte[]> scoresWorkbook(@RequestParam long publication, @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) Integer from,
                                          @RequestParam(required = false) Integer to, Locale locale) {
        JournalScores.Workbook workbook = scores.workbook(publication, scores.period(year, from, to),
                currentUsers.current(), locale);
        return Downloads.attachment(workbook.fileName(), workbook.content());
    }
}
