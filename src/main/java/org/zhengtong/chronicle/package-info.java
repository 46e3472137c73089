/**
 * 大事记: each unit's chronicle — entries by date (title, text, category, 密级, a link to a 公文 or a meeting) that the
 * unit's people submit and its office approves on the workflow engine, published per year, read by the unit's people
 * and exported as PDF and Word; the city office takes units' published entries into the city's chronicle, which
 * everyone reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "大事记")
package org.zhengtong.chronicle;
