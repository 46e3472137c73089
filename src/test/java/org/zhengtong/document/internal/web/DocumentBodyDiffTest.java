package org.zhengtong.document.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengtong.document.internal.web.BodyDiff.Kind;
import org.zhengtong.document.internal.web.BodyDiff.Line;
import org.zhengtong.document.internal.web.BodyDiff.Segment;

class DocumentBodyDiffTest {

    @Test
    void paragraphsAreTheTextOfBlocksAndLineBreaks() {
        assertThat(BodyDiff.paragraphs("<p>市政府：</p><p>现将<b>有关</b>情况<br>请示如下。</p><table><tr><td>甲</td><td>乙</td></tr></table><p> </p>"))
                .containsExactly("市政府：", "现将有关情况", "请示如下。", "甲", "乙");
        assertThat(BodyDiff.paragraphs(null)).isEmpty();
    }

    @Test
    void changedParagraphIsComparedWordByWord() {
        List<Line> lines = BodyDiff.between("<p>市政府：</p><p>拨付资金一百万元。</p>",
                "<p>市政府：</p><p>拨付专项资金二百万元。</p>");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).changed()).isFalse();
        assertThat(lines.get(1).segments()).containsExactly(
                new Segment(Kind.SAME, "拨付"), new Segment(Kind.INSERTED, "专项"), new Segment(Kind.SAME, "资金"),
                new Segment(Kind.DELETED, "一"), new Segment(Kind.INSERTED, "二"), new Segment(Kind.SAME, "百万元。"));
    }

    @Test
    void aChangedNumberIsOneDeletedAndOneInsertedWord() {
        List<Line> lines = BodyDiff.between("<p>拨付资金3000元。</p>", "<p>拨付资金2800元。</p>");
        assertThat(lines).extracting(Line::segments).containsExactly(List.of(
                new Segment(Kind.SAME, "拨付资金"), new Segment(Kind.DELETED, "3000"),
                new Segment(Kind.INSERTED, "2800"), new Segment(Kind.SAME, "元。")));
    }

    @Test
    void addedAndRemovedParagraphsAreWholeLines() {
        List<Line> lines = BodyDiff.between("<p>第一段</p><p>将删除</p><p>第三段</p>", "<p>第一段</p><p>第三段</p><p>新增段</p>");
        assertThat(lines).extracting(line -> line.segments().get(0))
                .containsExactly(new Segment(Kind.SAME, "第一段"), new Segment(Kind.DELETED, "将删除"),
                        new Segment(Kind.SAME, "第三段"), new Segment(Kind.INSERTED, "新增段"));
    }

    @Test
    void aSplitParagraphStartsANewLine() {
        List<Line> lines = BodyDiff.between("<p>甲乙</p>", "<p>甲</p><p>乙丙</p>");
        assertThat(lines).extracting(Line::segments).containsExactly(
                List.of(new Segment(Kind.SAME, "甲")),
                List.of(new Segment(Kind.SAME, "乙"), new Segment(Kind.INSERTED, "丙")));
    }

    @Test
    void largeRewritesAreShownAsRemovedAndAddedLines() {
        String old = "旧".repeat(BodyDiff.MAX_INLINE_BLOCK);
        String rewritten = "新".repeat(10);
        List<Line> lines = BodyDiff.between("<p>" + old + "</p>", "<p>" + rewritten + "</p>");
        assertThat(lines).containsExactly(new Line(List.of(new Segment(Kind.DELETED, old))),
                new Line(List.of(new Segment(Kind.INSERTED, rewritten))));
    }

    @Test
    void markupIsComparedAsTheTextItShows() {
        assertThat(BodyDiff.between("<p>a &lt; b</p>", "<p><b>a &lt; b</b></p>"))
                .allSatisfy(line -> assertThat(line.changed()).isFalse());
    }
}
