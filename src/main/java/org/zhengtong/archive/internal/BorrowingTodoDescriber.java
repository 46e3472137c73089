package org.zhengtong.archive.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TodoDescriber;

/**
 * Describes {@code archive-borrowing:<id>} for the to-do window: who asks for which item (by 档号; the title only
 * when the item is not classified), linking to the borrowings page.
 */
@Component
class BorrowingTodoDescriber implements TodoDescriber {

    private final BorrowingRepository borrowings;
    private final ArchiveItemRepository items;
    private final OrgDirectory directory;
    private final MessageSource messages;

    BorrowingTodoDescriber(BorrowingRepository borrowings, ArchiveItemRepository items, OrgDirectory directory,
                           MessageSource messages) {
        this.borrowings = borrowings;
        this.items = items;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(Borrowing.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, Borrowing.KEY_PREFIX);
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Borrowing> found = borrowings.findByIdIn(ids);
        Map<Long, ArchiveItem> itemsById = items.findByIdIn(found.stream().map(Borrowing::getItemId).toList())
                .stream().collect(Collectors.toMap(ArchiveItem::getId, Function.identity()));
        String type = text("archive.borrow.todoType");
        Map<String, Description> described = new HashMap<>();
        for (Borrowing borrowing : found) {
            ArchiveItem item = itemsById.get(borrowing.getItemId());
            if (item == null) {
                continue;
            }
            String borrower = directory.nameOf(borrowing.getBorrower());
            String what = item.getClassification().classified() ? item.getArchivalCode()
                    : item.getArchivalCode() + " " + item.getTitle();
            String unitName = directory.unit(item.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            described.put(borrowing.businessKey(), new Description(text("archive.borrow.todoTitle", borrower, what),
                    item.getArchivalCode(), type, null, 0,
                    item.getClassification().classified() ? item.getClassification().label() : null, unitName, null,
                    "/archive/borrowings"));
        }
        return described;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
