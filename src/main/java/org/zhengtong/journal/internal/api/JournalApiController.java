package org.zhengtong.journal.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.journal.internal.JournalForms.ArticleForm;
import org.zhengtong.journal.internal.JournalForms.IssueForm;
import org.zhengtong.journal.internal.JournalForms.PublicationForm;
import org.zhengtong.journal.internal.JournalScores;
import org.zhengtong.journal.internal.JournalService;
import org.zhengtong.journal.internal.JournalViews;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

@RestController
@RequestMapping(path = "/api/v1/journals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "电子刊物", description = "编辑单位（JOURNAL_EDIT：单位管理员、刊物编辑）办刊物（政务信息、工作简报…），设定阅读范围"
        + "（全市或所列单位）和报送单位；报送单位人员报送信息，经编辑审核（流程，通过 /api/v1/tasks 办理：采用、退回、不采用）；"
        + "编辑以采用的信息组稿，发布时按刊物和年度连续编期号（第N期、总第N期）并排版为 PDF；阅读范围内的人员阅读已发布的各期"
        + "和信息；信息报送统计各单位报送数、采用数、采用率和积分。密级须在阅读人的涉密等级之内。")
class JournalApiController {

    private final JournalService journals;
    private final JournalScores scores;
    private final JournalViews views;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;

    JournalApiController(JournalService journals, JournalScores scores, JournalViews views,
                         CurrentUsers currentUsers, RequestTransactions requests) {
        this.journals = journals;
        this.scores = scores;
        this.views = views;
        this.currentUsers = currentUsers;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "刊物", description = "本人可阅读、编辑或报送的刊物。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<JournalViews.PublicationView> publications() {
        CurrentUser user = currentUsers.current();
        return views.publications(journals.publications(user), user);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建刊物", description = "JOURNAL_EDIT；本单位为编辑单位。cityWide 为全市阅读，否则 audienceUnits 列出阅读单位；"
            + "submitterUnits 为报送单位（不列为所有单位）。带 Idempotency-Key 请求头时重发只建一次。")
    @ApiResponse(responseCode = "201", description = "已新建")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<JournalViews.PublicationView> create(@RequestBody PublicationForm form, @RequestKey String key) {
        return requests.createOnce(PublicationForm.REQUEST_KIND, key,
                () -> journals.createPublication(form, currentUsers.current()),
                id -> ResponseEntity.status(HttpStatus.CREATED).body(publication(id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "刊物详情", description = "阅读范围内的人员和编辑。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    JournalViews.PublicationView publication(@PathVariable long id) {
        CurrentUser user = currentUsers.current();
        return views.publication(journals.readablePublication(id, user), user);
    }

    @GetMapping("/{id}/issues")
    @Operation(summary = "各期", description = "已发布的各期，新的在前；编辑另见组稿中的期。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<JournalViews.IssueView> issues(@PathVariable long id) {
        return views.issues(id, currentUsers.current());
    }

    @GetMapping("/{id}/submissions")
    @Operation(summary = "编辑台：来稿", description = "JOURNAL_EDIT；审核中的和已采用尚未组稿的信息。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<JournalViews.ArticleView> submissions(@PathVariable long id) {
        CurrentUser user = currentUsers.current();
        return views.articles(journals.submissions(id, user), user);
    }

    @PostMapping(path = "/{id}/issues", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "组稿", description = "JOURNAL_EDIT；以已采用的信息（articleIds，按顺序）组成一期（组稿中）。"
            + "带 Idempotency-Key 请求头时重发只组一次。")
    @ApiResponse(responseCode = "201", description = "已组稿")
    @ApiResponse(responseCode = "400", description = "信息有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<JournalViews.IssueView> compose(@PathVariable long id, @RequestBody IssueForm form,
                                                   @RequestKey String key) {
        return requests.createOnce(IssueForm.REQUEST_KIND, key,
                () -> journals.compose(id, form, currentUsers.current()),
                issue -> ResponseEntity.status(HttpStatus.CREATED).body(views.issue(issue, currentUsers.current())));
    }

    @GetMapping("/{id}/scores")
    @Operation(summary = "信息报送统计", description = "某年（默认今年）from 至 to 月各报送单位的报送数、采用数、采用率、积分和名次。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", description = "期间有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<JournalScores.Score> scores(@PathVariable long id, @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) Integer from,
                                     @RequestParam(required = false) Integer to) {
        return scores.scores(id, scores.period(year, from, to), currentUsers.current());
    }

    @GetMapping(path = "/{id}/scores.xlsx", produces = MediaType.ALL_VALUE)
    @Operation(summary = "信息报送统计（Excel）", description = "同上，为 Excel 工作簿：标题行、表头、每单位一行。")
    @ApiResponse(responseCode = "200", description = "xlsx 文件")
    @ApiResponse(responseCode = "400", description = "期间有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<byte[]> scoresWorkbook(@PathVariable long id, @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) Integer from,
                                          @RequestParam(required = false) Integer to) {
        JournalScores.Workbook workbook = scores.workbook(id, scores.period(year, from, to), currentUsers.current(),
                LocaleContextHolder.getLocale());
        return Downloads.attachment(workbook.fileName(), workbook.content());
    }

    @GetMapping("/issues/{id}")
    @Operation(summary = "一期", description = "期号、密级和各篇信息（正文为清理后的富文本）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    JournalViews.IssueView issue(@PathVariable long id) {
        return views.issue(id, currentUsers.current());
    }

    @PutMapping(path = "/issues/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "调整组稿", description = "JOURNAL_EDIT；组稿中的期重新按 articleIds 排列。")
    @ApiResponse(responseCode = "200", description = "已调整")
    @ApiResponse(responseCode = "400", description = "信息有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    JournalViews.IssueView recompose(@PathVariable long id, @RequestBody IssueForm form) {
        return requests.act(() -> journals.recompose(id, form, currentUsers.current()),
                () -> views.issue(id, currentUsers.current()));
    }

    @PostMapping("/issues/{id}/publish")
    @Operation(summary = "发布一期", description = "JOURNAL_EDIT；编期号（本年第N期、总第N期，连续不重号），排版为 PDF，发布给阅读范围。")
    @ApiResponse(responseCode = "200", description = "已发布")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    JournalViews.IssueView publish(@PathVariable long id) {
        return requests.act(() -> journals.publish(id, currentUsers.current()),
                () -> views.issue(id, currentUsers.current()));
    }

    @GetMapping(path = "/issues/{id}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "一期的 PDF", description = "已发布的期，在浏览器中显示。")
    @ApiResponse(responseCode = "200", description = "PDF")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.inline("issue-" + id + ".pdf", journals.pdf(id, currentUsers.current()));
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报送信息", description = "报送单位人员；publicationId、标题、正文（清理后的富文本）、密级（不高于本人涉密等级）。"
            + "报送后即送编辑审核。带 Idempotency-Key 请求头时重发只报送一次。")
    @ApiResponse(responseCode = "201", description = "已报送")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<JournalViews.ArticleView> submit(@RequestBody ArticleForm form, @RequestKey String key) {
        return requests.createOnce(ArticleForm.REQUEST_KIND, key,
                () -> journals.submit(form, currentUsers.current()),
                id -> ResponseEntity.status(HttpStatus.CREATED).body(views.article(id, currentUsers.current())));
    }

    @GetMapping("/articles/mine")
    @Operation(summary = "我报送的信息", description = "各状态，新的在前。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<JournalViews.ArticleView> mine() {
        CurrentUser user = currentUsers.current();
        return views.articles(journals.mine(user), user);
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "信息", description = "报送人、编辑（各状态）；已发布的阅读范围内人员。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    JournalViews.ArticleView article(@PathVariable long id) {
        return views.article(id, currentUsers.current());
    }

    @PostMapping(path = "/articles/{id}/resubmit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改后重新报送", description = "报送人，退回的信息改后再送编辑审核。")
    @ApiResponse(responseCode = "200", description = "已重新报送")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    JournalViews.ArticleView resubmit(@PathVariable long id, @RequestBody ArticleForm form) {
        return requests.act(() -> journals.resubmit(id, form, currentUsers.current()),
                () -> views.article(id, currentUsers.current()));
    }
}
