/**
 * 国有资产: every state asset of every unit on a card (GB/T 14885-2022 classification, original value, 年限平均法
 * depreciation per 政府会计准则第3号, custodian, user, place), registered one by one or from an Excel sheet without
 * duplicates, changed only through an approval on the workflow engine (配置, 领用, 调拨, 出租出借, 对外投资, 报废, 报损,
 * 处置 …), labelled with QR codes, counted at a 盘点 by scanning the labels, and reported per unit and city-wide to
 * 市财政局.
 */
@org.springframework.modulith.ApplicationModule(displayName = "国有资产")
package org.zhengtong.asset;
