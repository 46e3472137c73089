package org.zhengtong.personnel.internal;

/** 政治面貌, the categories of the personnel forms (GB/T 4762 in short). */
public enum PoliticalStatus {
    CPC_MEMBER, CPC_PROBATIONARY, CYL_MEMBER, DEMOCRATIC_PARTY, NON_PARTISAN, MASSES;

    public String messageKey() {
        return "personnel.political." + name();
    }
}
