package org.zhengtong.document.internal;

import java.util.List;

/**
 * What a handler decides when sending a document on: the opinion, and where the process lets them choose, the
 * next handlers (会签 people and 签发 leader at 核稿; the 批办 leader at 拟办; 承办 departments and 传阅 readers at 批办).
 */
public record StepDecision(String opinion, List<String> countersigners, String signer, String leader,
                           List<Long> handlingDepartments, List<String> readers) {

    public static StepDecision opinion(String opinion) {
        return new StepDecision(opinion, List.of(), null, null, List.of(), List.of());
    }

    List<String> countersignersOrEmpty() {
        return countersigners == null ? List.of() : countersigners;
    }

    List<Long> handlingDepartmentsOrEmpty() {
        return handlingDepartments == null ? List.of() : handlingDepartments;
    }

    List<String> readersOrEmpty() {
        return readers == null ? List.of() : readers;
    }
}
