/**
 * 全文检索: a Lucene index with Chinese word segmentation over what other modules own (documents, archive items …),
 * and the one search ({@link org.zhengtong.search.Search}) over all of them for the current user. Owners implement
 * {@link org.zhengtong.search.Searchable} (the entry with its readers and 密级, and their own access check) and
 * announce changes with {@link org.zhengtong.search.IndexEntryChanged} in their transaction; the event stays in the
 * event publication registry until the index has committed the entry, so the index catches up after a crash. A task
 * reaching new people re-indexes its business object, whose readers it may have widened. The index can always be
 * rebuilt from the modules' own tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Full-text search")
package org.zhengtong.search;
