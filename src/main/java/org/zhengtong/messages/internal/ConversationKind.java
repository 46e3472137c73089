package org.zhengtong.messages.internal;

/** A conversation of two people (one per pair, found again) or of a named group. */
public enum ConversationKind {
    PAIR,
    GROUP
}
