package org.zhengtong.leaderschedule.internal;

/** What a person named in a leader's setting may do: keep his schedule (EDITOR) or read it (VIEWER). */
public enum GrantKind {
    EDITOR, VIEWER
}
