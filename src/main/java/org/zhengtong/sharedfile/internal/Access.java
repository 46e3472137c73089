package org.zhengtong.sharedfile.internal;

/** What a grant on a folder allows; each level includes the ones before it. */
public enum Access {
    READ, UPLOAD, MANAGE;

    boolean includes(Access other) {
        return compareTo(other) >= 0;
    }
}
