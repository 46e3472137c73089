package org.zhengtong.search.internal;

import java.util.Set;

/** Other ways of saying what a reader typed: the synonyms of a word, the names a pinyin stands for. */
interface QueryExpansion {

    QueryExpansion NONE = text -> Set.of();

    /** Phrases meaning the same as the text, without the text itself; empty when there are none. */
    Set<String> alternativesOf(String text);
}
