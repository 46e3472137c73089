package org.zhengtong.seal.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** {@link SealKeysLockedException} as Spring Boot's "APPLICATION FAILED TO START" report: what, and what to do. */
class SealKeysFailureAnalyzer extends AbstractFailureAnalyzer<SealKeysLockedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SealKeysLockedException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
