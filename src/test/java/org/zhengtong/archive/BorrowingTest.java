package org.zhengtong.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchiveQueries;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.archive.internal.Borrowing;
import org.zhengtong.archive.internal.BorrowingService;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoDescriber;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

@IntegrationTest
class BorrowingTest {

    @Autowired ArchivingService archiving;
    @Autowired ArchiveQueries queries;
    @Autowired BorrowingService borrowing;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired Workflow workflow;
    @Autowired List<TodoDescriber> describers;
    @Autowired MutableClock clock;

    ArchiveFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ArchiveFixtures(documentService, directory, users, workflow);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApprovedBorrowingOpensTheItemUntilItEnds() {
        ArchiveItem item = archived(fixtures.finished("借阅"));
        String borrower = "czj.d2.clerk1";
        assertThat(fixtures.as(borrower, () -> queries.item(item.getId())).canOpen()).isFalse();
        assertThatThrownBy(() -> fixtures.as(borrower, () -> queries.file(item.getId(), null)))
                .isInstanceOf(AccessDeniedException.class);

        Borrowing applied = fixtures.as(borrower, () -> borrowing.apply(item.getId(), "查阅历史文件", 3));
        assertThat(applied.getStatus()).isEqualTo(Borrowing.Status.PENDING);
        assertThatThrownBy(() -> fixtures.as(borrower, () -> borrowing.apply(item.getId(), "再次申请", 3)))
                .isInstanceOf(BusinessRuleException.class);

        // the office director has it in the to-do window, described
        TodoTask task = workflow.todo("czj.office").stream()
                .filter(t -> ("archive-borrowing:" + applied.getId()).equals(t.businessKey())).findFirst().orElseThrow();
        TodoDescriber describer = describers.stream().filter(d -> d.supports(task.businessKey())).findFirst().orElseThrow();
        assertThat(describer.describe(List.of(task.businessKey())).get(task.businessKey()).title())
                .contains(item.getArchivalCode());
        assertThat(fixtures.as("czj.office", () -> borrowing.toDecide()))
                .anyMatch(v -> v.borrowing().getId().equals(applied.getId()));

        // a colleague without the task may not decide; the borrower neither
        assertThatThrownBy(() -> fixtures.as("czj.d1.clerk2", () -> {
            borrowing.approve(applied.getId(), null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        fixtures.as("czj.office", () -> {
            borrowing.approve(applied.getId(), "同意借阅");
            return null;
        });
        assertThat(workflow.isEnded(applied.getProcessInstanceId())).isTrue();
        assertThat(fixtures.as(borrower, () -> queries.item(item.getId())).canOpen()).isTrue();
        assertThat(fixtures.as(borrower, () -> queries.file(item.getId(), null)).size()).isPositive();
        assertThatThrownBy(() -> fixtures.as("czj.office", () -> {
            borrowing.reject(applied.getId(), "晚了");
            return null;
        })).isInstanceOf(BusinessRuleException.class);

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        assertThatThrownBy(() -> fixtures.as(borrower, () -> queries.file(item.getId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(borrowing.expire()).isPositive();
        assertThat(fixtures.as(borrower, () -> borrowing.mine())).filteredOn(v -> v.borrowing().getId()
                .equals(applied.getId())).singleElement()
                .satisfies(v -> assertThat(v.borrowing().getStatus()).isEqualTo(Borrowing.Status.EXPIRED));
    }

    @Test
    void aRejectedBorrowingOpensNothing() {
        ArchiveItem item = archived(fixtures.finished("借阅驳回"));
        Borrowing applied = fixtures.as("czj.d3.clerk1", () -> borrowing.apply(item.getId(), "查阅", 5));
        assertThatThrownBy(() -> fixtures.as("czj.office", () -> {
            borrowing.reject(applied.getId(), " ");
            return null;
        })).isInstanceOf(BusinessRuleException.class);
        fixtures.as("czj.office", () -> {
            borrowing.reject(applied.getId(), "与工作无关");
            return null;
        });
        assertThat(fixtures.as("czj.d3.clerk1", () -> queries.item(item.getId())).canOpen()).isFalse();
    }

    @Test
    void withoutClearanceNobodyMayBorrowOrSeeAClassifiedItem() {
        OfficialDocument secret = fixtures.finishedSecret("秘密借阅");
        ArchiveItem item = archived(secret);
        // 科员 have no clearance: refused with a message, and no process started
        assertThatThrownBy(() -> fixtures.as("czj.d1.clerk1", () -> borrowing.apply(item.getId(), "查阅", 3)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("archive.error.borrowClearance");
        assertThat(fixtures.as("czj.d1.clerk1", () -> borrowing.mine()))
                .noneMatch(v -> v.item().getId().equals(item.getId()));
        assertThat(fixtures.as("czj.office", () -> borrowing.toDecide()))
                .noneMatch(v -> v.item().getId().equals(item.getId()));
        assertThatThrownBy(() -> fixtures.as("czj.d1.clerk1", () -> queries.item(item.getId())))
                .isInstanceOf(AccessDeniedException.class);
        // the section chief's clearance covers 秘密
        Borrowing applied = fixtures.as("czj.d2.chief", () -> borrowing.apply(item.getId(), "查阅", 3));
        assertThat(applied.getStatus()).isEqualTo(Borrowing.Status.PENDING);
        // another unit may not apply at all
        assertThatThrownBy(() -> fixtures.as("szfb.head", () -> borrowing.apply(item.getId(), "查阅", 3)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBorrowingPeriodIsBounded() {
        ArchiveItem item = archived(fixtures.finished("借阅期限"));
        assertThatThrownBy(() -> fixtures.as("czj.d1.clerk2", () -> borrowing.apply(item.getId(), "查阅", 0)))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> fixtures.as("czj.d1.clerk2", () -> borrowing.apply(item.getId(), "查阅",
                borrowing.maxDays() + 1))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> fixtures.as("czj.d1.clerk2", () -> borrowing.apply(item.getId(), "", 3)))
                .isInstanceOf(BusinessRuleException.class);
    }

    private ArchiveItem archived(OfficialDocument document) {
        return fixtures.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(document.getId(), Retention.YEARS_30, "BGS")));
    }
}
