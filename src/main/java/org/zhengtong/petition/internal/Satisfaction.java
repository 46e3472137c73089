package org.zhengtong.petition.internal;

/** 回访: the petitioner's view of the handling. */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;

    public String messageKey() {
        return "petition.satisfaction." + name();
    }
}
