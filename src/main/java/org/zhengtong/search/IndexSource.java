package org.zhengtong.search;

import java.util.Optional;

/** Implemented by an owner of indexed objects: an object's entry as its table holds it now. */
public interface IndexSource {

    /** The kind of the entries this source gives, as in {@link FullTextSearch.Entry#kind()}. */
    String kind();

    /** The entry for the object, or empty when it no longer exists (the index then drops it). */
    Optional<FullTextSearch.Entry> entry(long id);
}
