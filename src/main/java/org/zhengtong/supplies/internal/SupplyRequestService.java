package org.zhengtong.supplies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Sequences;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.Workflow;

/**
 * 领用申请 and 发放. A request starts its unit's 领用审批 at once; a keeper of the store sends its 发放 step on, which
 * issues the goods ({@link #issue}): the stock is taken in one conditional statement that leaves it untouched when
 * too little is left, so of two issues at once that together ask more than the stock the second is refused. When an
 * issue takes an item's stock below its reorder level, the store's keepers are reminded.
 */
@Service
@Transactional
public class SupplyRequestService {

    static final String TEMPLATE = "supplies-request";
    static final String ISSUE = "issue";
    static final String SEQUENCE = "supplies";

    private final SupplyRequestRepository requests;
    private final SupplyStoreRepository stores;
    private final SupplyItemRepository items;
    private final StockRepository stocks;
    private final SuppliesService supplies;
    private final SuppliesAccess access;
    private final SuppliesProperties properties;
    private final Workflow workflow;
    private final TaskActions taskActions;
    private final ProcessCatalog catalog;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Sequences sequences;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplyRequestService(SupplyRequestRepository requests, SupplyStoreRepository stores, SupplyItemRepository items,
                         StockRepository stocks, SuppliesService supplies, SuppliesAccess access,
                         SuppliesProperties properties, Workflow workflow, @Lazy TaskActions taskActions,
                         ProcessCatalog catalog, CurrentUsers currentUsers, OrgDirectory directory,
                         Sequences sequences, Notifications notifications, MessageSource messages, AuditLog audit,
                         ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.stores = stores;
        this.items = items;
        this.stocks = stocks;
        this.supplies = supplies;
        this.access = access;
        this.properties = properties;
        this.workflow = workflow;
        this.taskActions = taskActions;
        this.catalog = catalog;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.sequences = sequences;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks a store of the own unit for the form's items and starts the unit's approval; returns the request's id.
     * Every line names an item of the unit once, a quantity and a purpose; lines asking more than the store holds
     * are refused together, naming each short item.
     */
    public long request(RequestForm form) {
        CurrentUser user = currentUsers.current();
        if (user.unitId() == null || user.personId() == null) {
            throw new AccessDeniedException(user.username() + " belongs to no unit");
        }
        if (form.storeId() == null) {
            throw new InvalidInputException("supplies.validation.store");
        }
        SupplyStore store = stores.findById(form.storeId()).filter(s -> s.getUnitId() == user.unitId())
                .orElseThrow(() -> new InvalidInputException("supplies.validation.store"));
        List<RequestForm.Line> filled = form.filled();
        if (filled.isEmpty() || filled.size() > RequestForm.MAX_LINES) {
            throw new InvalidInputException("supplies.validation.lines");
        }
        Map<Long, SupplyItem> named = new LinkedHashMap<>();
        List<RequestLine> lines = new ArrayList<>();
        List<String> shortItems = new ArrayList<>();
        for (RequestForm.Line line : filled) {
            SupplyItem item = supplies.unitItem(line.itemId(), store.getUnitId());
            if (item == null) {
                throw new InvalidInputException("supplies.validation.item");
            }
            if (named.put(item.getId(), item) != null) {
                throw new InvalidInputException("supplies.validation.itemTwice", item.label());
            }
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > SuppliesService.MAX_QUANTITY) {
                throw new InvalidInputException("supplies.validation.quantity");
            }
            String purpose = SuppliesService.blankToNull(line.purpose());
            if (purpose == null) {
                throw new InvalidInputException("supplies.validation.purpose");
            }
            int held = supplies.held(store.getId(), item.getId());
            if (line.quantity() > held) {
                shortItems.add(shortage(item, line.quantity(), held));
            }
            lines.add(new RequestLine(item.getId(), line.quantity(), purpose));
        }
        if (!shortItems.isEmpty()) {
            throw new BusinessRuleException("supplies.error.aboveStock", String.join("；", shortItems));
        }
        int year = LocalDate.now(clock).getYear();
        String number = "领用" + year + "-" + String.format("%04d",
                sequences.next(SEQUENCE, store.getUnitId() + "-" + year));
        SupplyRequest request = requests.saveAndFlush(new SupplyRequest(store.getUnitId(), number, store.getId(),
                lines, user.username(), user.departmentId(), clock.instant()));
        request.startedAs(workflow.start(catalog.processKeyFor(TEMPLATE, SuppliesProcesses.TYPE, store.getUnitId()),
                request.businessKey(), user.username(), Map.of("unitId", store.getUnitId(),
                        "requestId", request.getId(), "requestType", SuppliesProcesses.TYPE,
                        "keepers", String.join(",", store.getKeepers()),
                        "classification", Classification.UNCLASSIFIED.name(), "urgency", "NORMAL")));
        audit.success("SUPPLIES_REQUEST", "suppliesRequest", request.getId(), number + " " + summary(request));
        changed(request);
        return request.getId();
    }

    /**
     * 发放 at the request's 发放 step (its handler, a keeper of the store, checked here and by the kit): takes every
     * line's quantity from the stock, one conditional update per line, in the order of the items' ids so that two
     * issues at once never wait for each other crosswise. When any line finds too little, the request is refused
     * naming each short item, and the exception rolls back the lines already taken: all lines or none.
     */
    void issue(SupplyRequest request) {
        CurrentUser user = currentUsers.current();
        SupplyStore store = stores.findById(request.getStoreId()).orElseThrow();
        access.requireKeeper(user, store);
        if (request.getStatus() != RequestStatus.PENDING) {
            throw new BusinessRuleException("supplies.error.notPending");
        }
        List<RequestLine> lines = request.getLines().stream()
                .sorted(Comparator.comparingLong(RequestLine::getItemId)).toList();
        Map<Long, SupplyItem> lineItems = items(lines);
        List<String> shortItems = new ArrayList<>();
        for (RequestLine line : lines) {
            if (stocks.take(store.getId(), line.getItemId(), line.getQuantity()) == 0) {
                shortItems.add(shortage(lineItems.get(line.getItemId()), line.getQuantity(),
                        supplies.held(store.getId(), line.getItemId())));
            }
        }
        if (!shortItems.isEmpty()) {
            throw new BusinessRuleException("supplies.error.aboveStock", String.join("；", shortItems));
        }
        request.issued(user.username(), clock.instant());
        requests.saveAndFlush(request);
        StringBuilder issued = new StringBuilder(request.getNumber());
        for (RequestLine line : lines) {
            SupplyItem item = lineItems.get(line.getItemId());
            int left = supplies.held(store.getId(), item.getId());
            issued.append(' ').append(item.getName()).append(" ×").append(line.getQuantity())
                    .append(" (").append(left).append(')');
            if (left < item.getReorderLevel() && left + line.getQuantity() >= item.getReorderLevel()) {
                remindLow(request, store, item, left);
            }
        }
        audit.success("SUPPLIES_ISSUE", "suppliesRequest", request.getId(), issued.toString());
        changed(request);
    }

    /** 发放 through the API: sends the request's open 发放 task on, as the page's task panel does. */
    public void issue(long id, String opinion) {
        SupplyRequest request = readable(id, currentUsers.current());
        String taskId = request.getStatus() != RequestStatus.PENDING ? null
                : workflow.openTasks(request.getProcessInstanceId()).stream()
                        .filter(t -> ISSUE.equals(t.activityId())).map(t -> t.taskId()).findFirst().orElse(null);
        if (taskId == null) {
            throw new BusinessRuleException("supplies.error.notAtIssue");
        }
        taskActions.send(request.businessKey(), taskId, new TaskDecision(opinion, Map.of()));
    }

    @Transactional(readOnly = true)
    public Views.RequestView view(long id) {
        return view(readable(id, currentUsers.current()));
    }

    /** The current user's own requests, latest first. */
    @Transactional(readOnly = true)
    public List<Views.RequestView> mine() {
        return requests.findByRequestedByOrderByCreatedAtDesc(currentUsers.current().username()).stream()
                .map(this::view).toList();
    }

    /** A page of the requests of the stores the current user keeps (a manager: all the unit's), latest first. */
    @Transactional(readOnly = true)
    public Page<Views.RequestView> kept(int page) {
        CurrentUser user = currentUsers.current();
        List<Long> kept = user.unitId() == null ? List.of() : stores.findByUnitIdOrderByName(user.unitId()).stream()
                .filter(s -> access.mayKeep(user, s)).map(SupplyStore::getId).toList();
        if (kept.isEmpty()) {
            return Page.empty();
        }
        return requests.findByUnitIdAndStoreIdInOrderByCreatedAtDescIdDesc(user.unitId(), kept,
                PageRequest.of(Math.max(page, 0), properties.pageSizeOrDefault())).map(this::view);
    }

    /** The approval's steps so far, for whoever reads the request. */
    @Transactional(readOnly = true)
    public List<HistoryStep> history(long id) {
        SupplyRequest request = readable(id, currentUsers.current());
        return request.getProcessInstanceId() == null ? List.of() : workflow.history(request.getProcessInstanceId());
    }

    // the approval's course, told by the template in the action's transaction

    void refusedByProcess(String businessKey, String reason) {
        SupplyRequest request = byKey(businessKey);
        request.refused(reason);
        audit.success("SUPPLIES_REFUSE", "suppliesRequest", request.getId(), request.getNumber() + " " + reason);
        changed(request);
    }

    void endedByProcess(String businessKey) {
        SupplyRequest request = byKey(businessKey);
        if (request.getStatus() == RequestStatus.PENDING) {
            request.cancelled();
            audit.success("SUPPLIES_CANCEL", "suppliesRequest", request.getId(), request.getNumber());
            changed(request);
        }
    }

    SupplyRequest byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, SupplyRequest.KEY_PREFIX).flatMap(requests::findById)
                .orElseThrow(() -> new NotFoundException("suppliesRequest", businessKey));
    }

    SupplyRequest readable(long id, CurrentUser user) {
        SupplyRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("suppliesRequest", id));
        if (!canRead(request, user)) {
            throw new AccessDeniedException("request " + id + " is not visible to " + user.username());
        }
        return request;
    }

    boolean canRead(SupplyRequest request, CurrentUser user) {
        return access.canRead(request, stores.findById(request.getStoreId()).orElseThrow(), user);
    }

    Views.RequestView view(SupplyRequest r) {
        SupplyStore store = stores.findById(r.getStoreId()).orElseThrow();
        Map<Long, SupplyItem> lineItems = items(r.getLines());
        List<Views.LineView> lines = r.getLines().stream().map(l -> {
            SupplyItem item = lineItems.get(l.getItemId());
            return new Views.LineView(item.getId(), item.label(), item.getMeasure(), l.getQuantity(), l.getPurpose());
        }).toList();
        return new Views.RequestView(r.getId(), r.getNumber(), store.getId(), store.getName(), lines,
                r.getRequestedBy(), directory.nameOf(r.getRequestedBy()), departmentName(r.getDepartmentId()),
                r.getStatus(), r.getProcessInstanceId(), r.getDecisionNote(),
                r.getIssuedBy() == null ? null : directory.nameOf(r.getIssuedBy()), r.getIssuedAt(),
                r.getCreatedAt());
    }

    /** The request's items by id. */
    Map<Long, SupplyItem> items(List<RequestLine> lines) {
        return items.findAllById(lines.stream().map(RequestLine::getItemId).toList()).stream()
                .collect(Collectors.toMap(SupplyItem::getId, Function.identity()));
    }

    /** What the request asks for, for the audit, the to-do window and the search. */
    String summary(SupplyRequest request) {
        return view(request).summary();
    }

    private String shortage(SupplyItem item, int asked, int held) {
        return messages.getMessage("supplies.error.shortItem", new Object[] {item.label(), String.valueOf(asked),
                String.valueOf(held), item.getMeasure()}, LocaleContextHolder.getLocale());
    }

    String departmentName(Long departmentId) {
        return departmentId == null ? null
                : directory.department(departmentId).map(OrgDirectory.DepartmentRef::name).orElse(null);
    }

    /** 库存不足: once per issue that took the stock below the reorder level, to each keeper of the store. */
    private void remindLow(SupplyRequest request, SupplyStore store, SupplyItem item, int left) {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String title = messages.getMessage("supplies.reminder.title", new Object[] {item.label()}, locale);
        String body = messages.getMessage("supplies.reminder.body", new Object[] {store.getName(), item.label(),
                String.valueOf(left), item.getMeasure(), String.valueOf(item.getReorderLevel())}, locale);
        for (String keeper : store.getKeepers()) {
            notifications.sendOnce(ReminderKind.SUPPLIES, "supplies-low:" + request.getId() + ":" + keeper, keeper,
                    title, body, "/supplies");
        }
    }

    private void changed(SupplyRequest request) {
        events.publishEvent(new IndexEntryChanged(SuppliesIndex.KIND, request.getId()));
    }
}
