/**
 * 全文检索: a Lucene index with Chinese word segmentation that other modules feed with what they own (documents,
 * archive items) and query with the reader's scope. The index can always be rebuilt from the modules' own tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Full-text search")
package org.zhengtong.search;
