package org.zhengtong.asset.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A card as shown: names instead of ids and usernames, the depreciation to the end of this month. */
public record AssetView(long id, long unitId, String unitName, String number, String categoryCode,
                        String categoryName, Integer depreciationYears, String name, String model, int quantity,
                        BigDecimal originalValue, BigDecimal accumulatedDepreciation, BigDecimal netValue,
                        Acquisition acquisition, LocalDate acquiredOn, Funding funding, Long departmentId,
                        String departmentName, String custodian, String custodianName, String user, String userName,
                        String use, String place, AssetStatus status, String serialNumber, String invoiceNumber,
                        Integer invoiceLine, String invoiceFileName, String contractFileName, String lentTo,
                        String remarks, LocalDate leftOn, Long pendingChangeId, String createdByName,
                        Instant createdAt) {
}
