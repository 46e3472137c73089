package org.zhengtong.supplies.internal;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** One line of a 领用申请: an item of the store's catalogue, how many, what for. */
@Embeddable
public class RequestLine {

    private long itemId;
    private int quantity;
    @Size(max = 500)
    private String purpose;

    protected RequestLine() {
    }

    RequestLine(long itemId, int quantity, String purpose) {
        this.itemId = itemId;
        this.quantity = quantity;
        this.purpose = purpose;
    }

    public long getItemId() { return itemId; }
    public int getQuantity() { return quantity; }
    public String getPurpose() { return purpose; }
}
