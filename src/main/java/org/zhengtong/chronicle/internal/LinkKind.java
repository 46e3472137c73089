package org.zhengtong.chronicle.internal;

/** What an entry may point to: a 公文 or a meeting, by the search kind that names their records. */
public enum LinkKind {
    DOCUMENT("document"), MEETING("meeting");

    private final String searchKind;

    LinkKind(String searchKind) {
        this.searchKind = searchKind;
    }

    String searchKind() {
        return searchKind;
    }

    public String messageKey() {
        return "chronicle.link." + name();
    }
}
