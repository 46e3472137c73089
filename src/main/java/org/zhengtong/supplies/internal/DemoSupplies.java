package org.zhengtong.supplies.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;

/**
 * The demo city's office supplies: 市财政局's 办公室库房 (in 办公室, kept by its clerk {@code czj.clerk}; the unit
 * administrator {@code czj.office} keeps the catalogue) with five items bought in a week ago — A4 paper and folders
 * already below their reorder levels. Runs after the demo city is loaded and before the application turns ready;
 * only with {@code zhengtong.demo=true}; nothing twice.
 */
@Component
@Order(41)
class DemoSupplies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSupplies.class);
    static final String UNIT = "czj";
    static final String KEEPER = "czj.clerk";
    static final String STORE = "办公室库房";

    private final SupplyItemRepository items;
    private final SupplyStoreRepository stores;
    private final StockRepository stocks;
    private final ReceiptRepository receipts;
    private final OrgDirectory directory;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoSupplies(SupplyItemRepository items, SupplyStoreRepository stores, StockRepository stocks,
                 ReceiptRepository receipts, OrgDirectory directory, Clock clock, PlatformProperties properties) {
        this.items = items;
        this.stores = stores;
        this.stocks = stocks;
        this.receipts = receipts;
        this.directory = directory;
        this.clock = clock;
        this.platform = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args)) {
            return;
        }
        directory.units().stream().filter(u -> UNIT.equals(u.code())).findFirst().ifPresent(unit -> {
            if (stores.existsByUnitIdAndName(unit.id(), STORE) || directory.person(KEEPER).isEmpty()) {
                return;
            }
            Long office = directory.person(KEEPER).map(OrgDirectory.PersonRef::departmentId).orElse(null);
            SupplyStore store = new SupplyStore(unit.id(), clock.instant());
            store.describe(STORE, office, java.util.List.of(KEEPER));
            stores.save(store);
            LocalDate bought = LocalDate.now(clock).minusDays(7);
            item(unit.id(), store, "BG-001", "A4复印纸", "纸张", "箱", "70g 500张×5包", 10, 6, "28.50", bought);
            item(unit.id(), store, "BG-002", "中性笔", "书写工具", "盒", "0.5mm 黑色 12支", 20, 35, "18.00", bought);
            item(unit.id(), store, "BG-003", "档案盒", "文件管理", "个", "A4 5cm", 50, 40, "4.20", bought);
            item(unit.id(), store, "BG-004", "订书钉", "装订用品", "盒", "24/6", 10, 30, "1.50", bought);
            item(unit.id(), store, "BG-005", "硒鼓", "耗材", "个", "HP 88A", 3, 5, "320.00", bought);
            log.info("demo city: {} with 5 items for {}", STORE, unit.name());
        });
    }

    private void item(long unitId, SupplyStore store, String code, String name, String category, String measure,
                      String specification, int reorderLevel, int quantity, String price, LocalDate bought) {
        SupplyItem item = new SupplyItem(unitId, clock.instant());
        item.describe(new ItemForm(code, name, category, measure, specification, reorderLevel, null));
        items.save(item);
        stocks.saveAndFlush(new Stock(store.getId(), item.getId()));
        stocks.add(store.getId(), item.getId(), quantity);
        receipts.save(new Receipt(unitId, store.getId(), item.getId(), quantity, new BigDecimal(price), "市政府采购中心",
                bought, KEEPER, clock.instant()));
    }
}
