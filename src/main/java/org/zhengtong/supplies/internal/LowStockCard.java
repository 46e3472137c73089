package org.zhengtong.supplies.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/**
 * Home tile for a store's keepers (库存不足): the items below their reorder level in the stores she keeps, lowest
 * share first. Requests waiting for her 发放 are already in her to-do window.
 */
@Component
class LowStockCard implements WorkbenchCard {

    private final SuppliesService supplies;

    LowStockCard(SuppliesService supplies) {
        this.supplies = supplies;
    }

    @Override
    public int order() {
        return 390;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        return supplies.lowInKept(user).map(low -> {
            List<Line> lines = low.stream().map(s -> new Line(s.itemName(),
                    s.storeName() + "：" + s.quantity() + " / " + s.reorderLevel() + " " + s.measure(), null,
                    "/supplies")).toList();
            return new Tile("supplies.tile.low", "bi-box-seam", "/supplies", low.size(), lines);
        });
    }
}
