package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentSearch;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.platform.Classification;

/** 公文检索: Chinese words in the body find a document, and only for those who may read it. */
@IntegrationTest
class DocumentSearchTest {

    @Autowired DocumentService documents;
    @Autowired DocumentSearch search;
    @Autowired AsUser as;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aWordOfTheBodyFindsTheDocumentForThoseWhoMayReadIt() {
        long id = draft("czj.d1.clerk1", "关于" + TestUsers.unique("年度事项") + "的请示",
                "<p>关于2026年度预算调整的请示</p><p>请市政府审批。</p>").getId();

        assertThat(found("czj.d1.clerk1", "预算调整")).contains(id);
        assertThat(found("czj.office", "预算调整")).as("the unit's administrator").contains(id);
        assertThat(found("sysadmin", "预算调整")).as("the system administrator").contains(id);

        assertThat(found("czj.d1.clerk1", "公路养护")).as("an unrelated word").doesNotContain(id);
        assertThat(found("szfb.d1.clerk1", "预算调整")).as("another unit").doesNotContain(id);
        assertThat(found("czj.d2.clerk1", "预算调整")).as("same unit, not involved").doesNotContain(id);
    }

    @Test
    void theSnippetMarksTheWordsAndEscapesTheText() {
        String title = "关于" + TestUsers.unique("绿化") + "的请示";
        long id = draft("czj.d1.clerk1", title, "<p>城市绿化养护经费&lt;script&gt;不足，申请追加。</p>").getId();
        DocumentSearch.Found hit = as.call("czj.d1.clerk1", () -> search.search("绿化养护", Map.of(), 0)).items().stream()
                .filter(f -> f.document().getId() == id).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("<mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void fieldsFilterByExactValue() {
        long id = draft("czj.d1.clerk1", "关于" + TestUsers.unique("采购") + "的请示", "<p>政府采购目录调整</p>").getId();
        assertThat(as.call("czj.d1.clerk1", () -> search.search("采购目录", Map.of("classification", "UNCLASSIFIED"), 0))
                .items()).anyMatch(f -> f.document().getId() == id);
        assertThat(as.call("czj.d1.clerk1", () -> search.search("采购目录", Map.of("classification", "SECRET"), 0))
                .items()).noneMatch(f -> f.document().getId() == id);
    }


    private OfficialDocument draft(String drafter, String title, String body) {
        long cityOffice = jdbc.queryForObject("select id from org_unit where code = 'szfb'", Long.class);
        return as.call(drafter, () -> documents.draftOutgoing(new OutgoingForm(DocumentType.REQUEST, title,
                Classification.UNCLASSIFIED, null, Urgency.NORMAL, List.of(cityOffice), List.of(), "财预", body, null)));
    }

    /** The ids on every page the user gets for the words. */
    private List<Long> found(String username, String words) {
        List<Long> ids = new ArrayList<>();
        int after = 0;
        while (after >= 0) {
            int from = after;
            DocumentSearch.Page page = as.call(username, () -> search.search(words, Map.of(), from));
            page.items().forEach(f -> ids.add(f.document().getId()));
            after = page.next();
        }
        return ids;
    }
}
