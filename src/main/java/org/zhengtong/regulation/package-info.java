/**
 * 规章制度, 政策法规, 常用信息 and 常用软件 (公共信息): a catalogue of regulations (the unit's own rules and outside
 * laws and policies) with their versions, repeals and full text, short entries such as telephone numbers and guides,
 * and the software installers people need, every version kept with its SHA-256. Each unit's managers keep its own;
 * what is published 全市 is read by everyone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "规章制度")
package org.zhengtong.regulation;
