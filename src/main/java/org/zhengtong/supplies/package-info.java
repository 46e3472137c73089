/**
 * 办公用品: a unit's catalogue of office supplies, its stores with their keepers and the stock in each, purchases in
 * (入库) and 领用申请 out — approved on the workflow engine (a process each unit may design) and issued by a keeper, who
 * is reminded when an item's stock falls below its reorder level — with the month's use per department as a report
 * and an Excel workbook.
 */
@org.springframework.modulith.ApplicationModule(displayName = "办公用品")
package org.zhengtong.supplies;
