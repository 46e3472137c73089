/**
 * 接待管理 (公务接待): the reception desk of a unit registers a visiting delegation — its unit, leader and members,
 * level, 事由, 公函 and times — with the reception plan (venues, meals within the 陪餐 limits, accommodation,
 * vehicles, 陪同人员, agenda), sends the plan for approval on the workflow engine when the unit's rules ask for it, and
 * records the costs afterwards as the 接待清单. The history is searched by combined conditions, counted per period and
 * exported; the records are found in 综合检索 by those who may read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "接待管理")
package org.zhengtong.reception;
