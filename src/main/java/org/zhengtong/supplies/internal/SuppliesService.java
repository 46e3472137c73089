package org.zhengtong.supplies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;

/**
 * The catalogue, the stores and their stock, and purchases in (入库). Every method that takes an id opens the record
 * through the unit check first (another unit's: 403); a refused change changes nothing.
 */
@Service
@Transactional
public class SuppliesService {

    /** The most of an item one purchase, request or reorder level names. */
    static final int MAX_QUANTITY = 1_000_000;

    private final SupplyItemRepository items;
    private final SupplyStoreRepository stores;
    private final StockRepository stocks;
    private final ReceiptRepository receipts;
    private final SuppliesAccess access;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    SuppliesService(SupplyItemRepository items, SupplyStoreRepository stores, StockRepository stocks,
                    ReceiptRepository receipts, SuppliesAccess access, CurrentUsers currentUsers,
                    OrgDirectory directory, AuditLog audit, Clock clock) {
        this.items = items;
        this.stores = stores;
        this.stocks = stocks;
        this.receipts = receipts;
        this.access = access;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    // the catalogue

    @Transactional(readOnly = true)
    public List<Views.ItemView> items() {
        return items.findByUnitIdOrderByCategoryAscCodeAsc(unitOf(currentUsers.current())).stream()
                .map(Views.ItemView::of).toList();
    }

    @Transactional(readOnly = true)
    public Views.ItemView item(long id) {
        return Views.ItemView.of(readableItem(id, currentUsers.current()));
    }

    public long addItem(ItemForm form) {
        CurrentUser user = currentUsers.current();
        access.requireManager(user);
        if (items.existsByUnitIdAndCode(user.unitId(), form.code().strip())) {
            throw new BusinessRuleException("supplies.error.codeTaken", form.code().strip());
        }
        SupplyItem item = new SupplyItem(user.unitId(), clock.instant());
        item.describe(form);
        items.saveAndFlush(item);
        audit.success("SUPPLIES_ITEM_ADD", "suppliesItem", item.getId(), item.getCode() + " " + item.getName());
        return item.getId();
    }

    public void updateItem(long id, ItemForm form) {
        CurrentUser user = currentUsers.current();
        SupplyItem item = readableItem(id, user);
        access.requireManager(user);
        if (items.existsByUnitIdAndCodeAndIdNot(user.unitId(), form.code().strip(), id)) {
            throw new BusinessRuleException("supplies.error.codeTaken", form.code().strip());
        }
        item.describe(form);
        items.saveAndFlush(item);
        audit.success("SUPPLIES_ITEM_UPDATE", "suppliesItem", id, item.getCode() + " " + item.getName());
    }

    // the stores

    @Transactional(readOnly = true)
    public List<Views.StoreView> stores() {
        return stores.findByUnitIdOrderByName(unitOf(currentUsers.current())).stream().map(this::view).toList();
    }

    public long addStore(StoreForm form) {
        CurrentUser user = currentUsers.current();
        access.requireManager(user);
        String name = form.name().strip();
        if (stores.existsByUnitIdAndName(user.unitId(), name)) {
            throw new BusinessRuleException("supplies.error.storeTaken", name);
        }
        SupplyStore store = new SupplyStore(user.unitId(), clock.instant());
        store.describe(name, department(user.unitId(), form.departmentId()), keepers(user.unitId(), form.keepers()));
        stores.saveAndFlush(store);
        audit.success("SUPPLIES_STORE_ADD", "suppliesStore", store.getId(),
                name + " " + String.join(",", store.getKeepers()));
        return store.getId();
    }

    public void updateStore(long id, StoreForm form) {
        CurrentUser user = currentUsers.current();
        SupplyStore store = readableStore(id, user);
        access.requireManager(user);
        String name = form.name().strip();
        if (!name.equals(store.getName()) && stores.existsByUnitIdAndName(user.unitId(), name)) {
            throw new BusinessRuleException("supplies.error.storeTaken", name);
        }
        store.describe(name, department(user.unitId(), form.departmentId()), keepers(user.unitId(), form.keepers()));
        stores.saveAndFlush(store);
        audit.success("SUPPLIES_STORE_UPDATE", "suppliesStore", id, name + " " + String.join(",", store.getKeepers()));
    }

    @Transactional(readOnly = true)
    public Views.StoreView store(long id) {
        return view(readableStore(id, currentUsers.current()));
    }

    // the stock

    /** The stock of every store of the unit, every catalogue item in each (none held: 0), low ones marked. */
    @Transactional(readOnly = true)
    public List<Views.StockView> stock() {
        return stock(unitOf(currentUsers.current()));
    }

    private List<Views.StockView> stock(long unitId) {
        List<SupplyStore> unitStores = stores.findByUnitIdOrderByName(unitId);
        List<SupplyItem> unitItems = items.findByUnitIdOrderByCategoryAscCodeAsc(unitId);
        Map<String, Integer> held = stocks.findByStoreIdInOrderByItemId(unitStores.stream().map(SupplyStore::getId)
                .toList()).stream().collect(Collectors.toMap(s -> s.getStoreId() + ":" + s.getItemId(),
                Stock::getQuantity));
        List<Views.StockView> rows = new ArrayList<>();
        for (SupplyStore store : unitStores) {
            for (SupplyItem item : unitItems) {
                rows.add(stockView(store, item, held.getOrDefault(store.getId() + ":" + item.getId(), 0)));
            }
        }
        return rows;
    }

    /** What of the unit's stock is below its reorder level, lowest share first. */
    @Transactional(readOnly = true)
    public List<Views.StockView> low() {
        return low(unitOf(currentUsers.current()));
    }

    private List<Views.StockView> low(long unitId) {
        return stock(unitId).stream().filter(Views.StockView::low)
                .sorted(Comparator.comparingDouble(s -> s.quantity() / (double) Math.max(1, s.reorderLevel())))
                .toList();
    }

    /**
     * What is below its reorder level in the stores the user keeps herself (her 工作台 tile), of the items those
     * stores stock (a catalogue item a store never took in is not running low there); empty for non-keepers.
     */
    @Transactional(readOnly = true)
    public Optional<List<Views.StockView>> lowInKept(CurrentUser user) {
        if (user.unitId() == null) {
            return Optional.empty();
        }
        Set<Long> kept = stores.findByUnitIdOrderByName(user.unitId()).stream()
                .filter(s -> s.keptBy(user.username())).map(SupplyStore::getId).collect(Collectors.toSet());
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Set<String> stocked = stocks.findByStoreIdInOrderByItemId(kept).stream()
                .map(s -> s.getStoreId() + ":" + s.getItemId()).collect(Collectors.toSet());
        return Optional.of(low(user.unitId()).stream()
                .filter(s -> stocked.contains(s.storeId() + ":" + s.itemId())).toList());
    }

    /** 入库: the store's keeper (or a manager) takes a purchase in; the stock grows by its quantity. */
    public long receive(ReceiptForm form) {
        CurrentUser user = currentUsers.current();
        SupplyStore store = readableStore(form.storeId(), user);
        access.requireKeeper(user, store);
        SupplyItem item = unitItem(form.itemId(), store.getUnitId());
        if (form.quantity() == null || form.quantity() < 1 || form.quantity() > MAX_QUANTITY) {
            throw new InvalidInputException("supplies.validation.quantity");
        }
        if (form.unitPrice() == null || form.unitPrice().signum() < 0) {
            throw new InvalidInputException("supplies.validation.price");
        }
        LocalDate day = form.receivedOn() == null ? LocalDate.now(clock) : form.receivedOn();
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("supplies.error.receivedInFuture");
        }
        if (stocks.findByStoreIdAndItemId(store.getId(), item.getId()).isEmpty()) {
            stocks.saveAndFlush(new Stock(store.getId(), item.getId()));
        }
        stocks.add(store.getId(), item.getId(), form.quantity());
        Receipt receipt = receipts.save(new Receipt(store.getUnitId(), store.getId(), item.getId(), form.quantity(),
                form.unitPrice(), form.supplier().strip(), day, user.username(), clock.instant()));
        audit.success("SUPPLIES_RECEIVE", "suppliesReceipt", receipt.getId(),
                store.getName() + " " + item.getName() + " +" + form.quantity() + " " + form.supplier().strip());
        return receipt.getId();
    }

    /** The unit's latest purchases in, for its keepers and managers. */
    @Transactional(readOnly = true)
    public List<Views.ReceiptView> receipts() {
        CurrentUser user = currentUsers.current();
        long unitId = unitOf(user);
        Map<Long, SupplyStore> unitStores = stores.findByUnitIdOrderByName(unitId).stream()
                .collect(Collectors.toMap(SupplyStore::getId, Function.identity()));
        if (unitStores.values().stream().noneMatch(s -> access.mayKeep(user, s))) {
            return List.of();
        }
        Map<Long, SupplyItem> unitItems = items.findByUnitIdOrderByCategoryAscCodeAsc(unitId).stream()
                .collect(Collectors.toMap(SupplyItem::getId, Function.identity()));
        return receipts.findTop50ByUnitIdOrderByReceivedOnDescIdDesc(unitId).stream()
                .filter(r -> access.mayKeep(user, unitStores.get(r.getStoreId())))
                .map(r -> new Views.ReceiptView(r.getId(), unitStores.get(r.getStoreId()).getName(),
                        unitItems.get(r.getItemId()).label(), unitItems.get(r.getItemId()).getMeasure(),
                        r.getQuantity(), r.getUnitPrice(), r.getSupplier(), r.getReceivedOn(),
                        directory.nameOf(r.getReceivedBy())))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean mayManage() {
        return access.mayManage(currentUsers.current());
    }

    /** Whether the current user keeps any store of the unit (or manages them all). */
    @Transactional(readOnly = true)
    public boolean keepsAny() {
        CurrentUser user = currentUsers.current();
        return user.unitId() != null && stores.findByUnitIdOrderByName(user.unitId()).stream()
                .anyMatch(s -> access.mayKeep(user, s));
    }

    /** The unit's people, for choosing keepers. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.PersonRef> colleagues() {
        return directory.people(unitOf(currentUsers.current()));
    }

    @Transactional(readOnly = true)
    public List<OrgDirectory.DepartmentRef> departments() {
        return directory.departments(unitOf(currentUsers.current()));
    }

    // for the requests

    SupplyStore readableStore(long id, CurrentUser user) {
        SupplyStore store = stores.findById(id).orElseThrow(() -> new NotFoundException("suppliesStore", id));
        access.requireMember(user, store.getUnitId());
        return store;
    }

    SupplyItem readableItem(long id, CurrentUser user) {
        SupplyItem item = items.findById(id).orElseThrow(() -> new NotFoundException("suppliesItem", id));
        access.requireMember(user, item.getUnitId());
        return item;
    }

    /** An item the store's unit has; any other id is input that names nothing (400). */
    SupplyItem unitItem(Long id, long unitId) {
        return id == null ? null : items.findById(id).filter(i -> i.getUnitId() == unitId)
                .orElseThrow(() -> new InvalidInputException("supplies.validation.item"));
    }

    int held(long storeId, long itemId) {
        return stocks.findByStoreIdAndItemId(storeId, itemId).map(Stock::getQuantity).orElse(0);
    }

    Views.StockView stockView(SupplyStore store, SupplyItem item, int quantity) {
        return new Views.StockView(store.getId(), store.getName(), item.getId(), item.getCode(), item.label(),
                item.getCategory(), item.getMeasure(), quantity, item.getReorderLevel(),
                quantity < item.getReorderLevel());
    }

    Views.StoreView view(SupplyStore s) {
        List<String> keepers = s.getKeepers().stream().sorted().toList();
        return new Views.StoreView(s.getId(), s.getName(), s.getDepartmentId(), s.getDepartmentId() == null ? null
                : directory.department(s.getDepartmentId()).map(OrgDirectory.DepartmentRef::name).orElse(null),
                keepers, keepers.stream().map(directory::nameOf).toList());
    }

    private Long department(long unitId, Long departmentId) {
        if (departmentId == null) {
            return null;
        }
        return directory.department(departmentId).filter(d -> d.unitId() == unitId).map(d -> d.id())
                .orElseThrow(() -> new InvalidInputException("supplies.validation.department"));
    }

    /** The keepers named, each a person of the unit with an account; at least one. */
    private Set<String> keepers(long unitId, List<String> usernames) {
        Set<String> keepers = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            directory.person(username.strip()).filter(p -> p.unitId() == unitId)
                    .orElseThrow(() -> new InvalidInputException("supplies.validation.keeper"));
            keepers.add(username.strip());
        }
        if (keepers.isEmpty()) {
            throw new InvalidInputException("supplies.validation.keeper");
        }
        return keepers;
    }

    private static long unitOf(CurrentUser user) {
        if (user.unitId() == null) {
            throw new AccessDeniedException(user.username() + " belongs to no unit");
        }
        return user.unitId();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
