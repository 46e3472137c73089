package org.zhengtong.archive.internal;

import jakarta.persistence.*;

/** 全宗号 of a unit, as given by the archives (档案馆). */
@Entity
@Table(name = "arc_fonds")
class Fonds {

    @Id
    private Long unitId;

    private String fondsCode;

    protected Fonds() {
    }

    Fonds(Long unitId, String fondsCode) {
        this.unitId = unitId;
        this.fondsCode = fondsCode;
    }

    void recode(String fondsCode) {
        this.fondsCode = fondsCode;
    }

    Long getUnitId() { return unitId; }
    String getFondsCode() { return fondsCode; }
}
