/**
 * 全文检索: a Lucene index with Chinese word segmentation over what other modules own (documents, archive items),
 * queried with the reader's scope. Owners announce changes with {@link org.zhengtong.search.IndexEntryChanged} in
 * their transaction and give the entries through an {@link org.zhengtong.search.IndexSource}; the event stays in the
 * event publication registry until the index has committed the entry, so the index catches up after a crash. The
 * index can always be rebuilt from the modules' own tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Full-text search")
package org.zhengtong.search;
