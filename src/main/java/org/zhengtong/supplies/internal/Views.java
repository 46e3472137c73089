package org.zhengtong.supplies.internal;

import java.time.Instant;
import java.util.List;

/** What the pages and the API show of the module's records: names, not usernames. */
public final class Views {

    private Views() {
    }

    public record ItemView(long id, String code, String name, String category, String measure, String specification,
                           int reorderLevel, String remarks) {

        static ItemView of(SupplyItem i) {
            return new ItemView(i.getId(), i.getCode(), i.getName(), i.getCategory(), i.getMeasure(),
                    i.getSpecification(), i.getReorderLevel(), i.getRemarks());
        }
    }

    public record StoreView(long id, String name, Long departmentId, String departmentName, List<String> keepers,
                            List<String> keeperNames) {
    }

    /** An item's stock in a store; {@code low} when it is below the item's reorder level. */
    public record StockView(long storeId, String storeName, long itemId, String itemCode, String itemName,
                            String category, String measure, int quantity, int reorderLevel, boolean low) {
    }

    public record ReceiptView(long id, String storeName, String itemName, String measure, int quantity,
                              java.math.BigDecimal unitPrice, String supplier, java.time.LocalDate receivedOn,
                              String receivedByName) {
    }

    /** One line of a request: the item, how many, what for. */
    public record LineView(long itemId, String itemName, String measure, int quantity, String purpose) {
    }

    public record RequestView(long id, String number, long storeId, String storeName, List<LineView> lines,
                              String requestedBy,
                              String requestedByName, String departmentName, RequestStatus status,
                              String processInstanceId, String decisionNote, String issuedByName, Instant issuedAt,
                              Instant createdAt) {

        public String businessKey() {
            return SupplyRequest.KEY_PREFIX + id;
        }

        /** "A4复印纸 ×2 箱、中性笔 ×1 盒". */
        public String summary() {
            return lines.stream().map(l -> l.itemName() + " ×" + l.quantity() + " " + l.measure())
                    .collect(java.util.stream.Collectors.joining("、"));
        }
    }
}
