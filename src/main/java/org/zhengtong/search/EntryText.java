package org.zhengtong.search;

/**
 * The text of a {@link FullTextSearch.Entry} made of a record's fields: the values that say something, one per line,
 * so a search finds the record by any of them and a highlight never runs from one field into the next.
 */
public final class EntryText {

    private final StringBuilder text = new StringBuilder();

    /** Adds the values that are neither null nor blank, in order. */
    public EntryText add(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                text.append(value).append('\n');
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
