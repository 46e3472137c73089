package org.zhengtong.regulation.internal;

/** 规章制度 (the unit's internal rules, read by the unit only) or 政策法规 (laws, regulations, policies from outside). */
public enum RegulationKind {
    INTERNAL, POLICY;

    public String messageKey() {
        return "regulation.kind." + name();
    }
}
