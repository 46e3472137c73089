package org.zhengtong.archive.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoList;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.WorkflowException;

/**
 * 借阅 on the workflow engine (process {@code archive-borrowing}): the application starts the process, whose
 * {@code decide} task goes to the unit's 办公室主任; approving or rejecting completes it (variable {@code approved})
 * and records the outcome. An approved borrowing opens the item's files until it expires (checked at every read,
 * and marked by {@link BorrowingExpiryJob}). Nobody may apply for an item their clearance does not cover.
 */
@Service
@Transactional
public class BorrowingService {

    static final String PROCESS = "archive-borrowing";
    static final String DECIDE = "decide";

    private final BorrowingRepository borrowings;
    private final ArchiveItemRepository items;
    private final ArchiveAccess access;
    private final ArchiveProperties properties;
    private final Workflow workflow;
    private final TodoList todo;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    BorrowingService(BorrowingRepository borrowings, ArchiveItemRepository items, ArchiveAccess access,
                     ArchiveProperties properties, Workflow workflow, TodoList todo, CurrentUsers currentUsers,
                     OrgDirectory directory, AuditLog audit, Clock clock) {
        this.borrowings = borrowings;
        this.items = items;
        this.access = access;
        this.properties = properties;
        this.workflow = workflow;
        this.todo = todo;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A borrowing with the item it is about and the borrower's name, for the pages. */
    public record BorrowingView(Borrowing borrowing, ArchiveItem item, String borrowerName, boolean active) {
    }

    public int maxDays() {
        return properties.maxBorrowDaysOrDefault();
    }

    public Borrowing apply(long itemId, String reason, int days) {
        CurrentUser user = currentUsers.current();
        ArchiveItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("archiveItem", itemId));
        if (!item.getUnitId().equals(user.unitId())) {
            throw new AccessDeniedException("archive item " + itemId + " belongs to another unit");
        }
        if (!item.getClassification().readableWith(user.clearance())) {
            audit.failure("ARCHIVE_BORROW_APPLY", "archiveItem", itemId, item.getClassification().label());
            throw new BusinessRuleException("archive.error.borrowClearance", item.getClassification().label());
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new BusinessRuleException("archive.error.borrowReason");
        }
        if (days < 1 || days > maxDays()) {
            throw new BusinessRuleException("archive.error.borrowDays", maxDays());
        }
        boolean open = borrowings.findByItemIdAndBorrowerAndStatusIn(itemId, user.username(),
                EnumSet.of(Borrowing.Status.PENDING, Borrowing.Status.APPROVED)).stream()
                .anyMatch(b -> b.getStatus() == Borrowing.Status.PENDING || b.activeAt(clock.instant()));
        if (open) {
            throw new BusinessRuleException("archive.error.borrowOpen");
        }
        Borrowing borrowing = borrowings.save(new Borrowing(itemId, item.getUnitId(), user.username(), reason.strip(),
                days, clock.instant()));
        borrowing.startedAs(workflow.start(PROCESS, borrowing.businessKey(), user.username(),
                Map.of("unitId", item.getUnitId(), "borrowingId", borrowing.getId())));
        audit.success("ARCHIVE_BORROW_APPLY", "archiveItem", itemId, item.getArchivalCode() + " " + days + "d");
        return borrowing;
    }

    public void approve(long borrowingId, String note) {
        Borrowing borrowing = decide(borrowingId, true, note);
        audit.success("ARCHIVE_BORROW_APPROVE", "archiveBorrowing", borrowingId, borrowing.getBorrower());
    }

    public void reject(long borrowingId, String note) {
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("archive.error.rejectReason");
        }
        Borrowing borrowing = decide(borrowingId, false, note.strip());
        audit.success("ARCHIVE_BORROW_REJECT", "archiveBorrowing", borrowingId, borrowing.getBorrower());
    }

    @Transactional(readOnly = true)
    public List<BorrowingView> mine() {
        return views(borrowings.findByBorrowerOrderByAppliedAtDesc(currentUsers.current().username()));
    }

    /** Applications waiting for the current user's decision. */
    @Transactional(readOnly = true)
    public List<BorrowingView> toDecide() {
        CurrentUser user = currentUsers.current();
        if (user.unitId() == null) {
            return List.of();
        }
        Set<String> myTasks = todo.openBusinessKeys(user.username(), Borrowing.KEY_PREFIX);
        return views(borrowings.findByUnitIdAndStatusOrderByAppliedAtAsc(user.unitId(), Borrowing.Status.PENDING)
                .stream().filter(b -> myTasks.contains(b.businessKey())).toList());
    }

    /** Marks the borrowings past their end; returns how many. */
    public int expire() {
        List<Borrowing> ended = borrowings.findByStatusAndExpiresAtBefore(Borrowing.Status.APPROVED, clock.instant());
        ended.forEach(Borrowing::expire);
        return ended.size();
    }

    private List<BorrowingView> views(List<Borrowing> list) {
        Map<Long, ArchiveItem> byId = items.findByIdIn(list.stream().map(Borrowing::getItemId).distinct().toList())
                .stream().collect(java.util.stream.Collectors.toMap(ArchiveItem::getId, i -> i));
        return list.stream().map(b -> new BorrowingView(b, byId.get(b.getItemId()), directory.nameOf(b.getBorrower()),
                b.activeAt(clock.instant()))).toList();
    }

    /**
     * Claims the borrowing (flushing its version) before completing the engine's task, so of two deciding at once
     * the second fails; a borrowing whose task is gone has been decided. Only a candidate of the task may decide.
     */
    private Borrowing decide(long borrowingId, boolean approved, String note) {
        CurrentUser user = currentUsers.current();
        Borrowing borrowing = borrowings.findById(borrowingId)
                .orElseThrow(() -> new NotFoundException("archiveBorrowing", borrowingId));
        if (!borrowing.getUnitId().equals(user.unitId())) {
            throw new AccessDeniedException("borrowing " + borrowingId + " belongs to another unit");
        }
        TodoTask open = borrowing.getProcessInstanceId() == null ? null
                : workflow.openTasks(borrowing.getProcessInstanceId()).stream()
                        .filter(t -> DECIDE.equals(t.activityId())).findFirst().orElse(null);
        if (open == null || borrowing.getStatus() != Borrowing.Status.PENDING) {
            throw new BusinessRuleException("archive.error.borrowDecided");
        }
        TodoTask task;
        try {
            task = workflow.task(open.taskId(), user.username());
        } catch (WorkflowException notTheirs) {
            throw new AccessDeniedException("not a decider of borrowing " + borrowingId);
        }
        if (approved) {
            borrowing.approve(user.username(), clock.instant(), note == null || note.isBlank() ? null : note.strip());
        } else {
            borrowing.reject(user.username(), clock.instant(), note);
        }
        borrowings.saveAndFlush(borrowing);
        workflow.complete(task.taskId(), user.username(), note, Map.of("approved", approved));
        return borrowing;
    }
}
