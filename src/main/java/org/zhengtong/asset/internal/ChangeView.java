package org.zhengtong.asset.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A change as shown on the card's history and its own page. */
@io.swagger.v3.oas.annotations.media.Schema(name = "AssetChangeView")
public record ChangeView(long id, long assetId, String assetNumber, String assetName, String number, ChangeKind kind,
                         ChangeStatus status, String reason, String target, BigDecimal toValue, String counterparty,
                         boolean financeApproval, String beforeText, String afterText, String requestedByName,
                         String processInstanceId, String decisionNote, Instant decidedAt, Instant createdAt) {

    public String businessKey() {
        return AssetChange.KEY_PREFIX + id;
    }
}
