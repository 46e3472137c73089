package org.zhengtong.document.internal;

import jakarta.persistence.*;

/** 机关代字 of a unit, e.g. 财预 for 市财政局 (财预〔2026〕12号). */
@Entity
@Table(name = "doc_issuer_code")
class IssuerCode {

    @Id
    private String code;
    private Long unitId;

    protected IssuerCode() {
    }

    IssuerCode(String code, Long unitId) {
        this.code = code;
        this.unitId = unitId;
    }

    String getCode() { return code; }
    Long getUnitId() { return unitId; }
}
