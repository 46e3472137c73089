/**
 * 电子刊物: publications (政务信息, 工作简报 …) of an editing unit, to which units submit articles (报送信息) that the
 * publication's editors adopt or reject on the workflow engine; the editors compose numbered issues (2026年第12期) of
 * adopted articles, published as a PDF with a masthead and as pages to the publication's audience, with each unit's
 * submission scores (信息报送 统计).
 */
@org.springframework.modulith.ApplicationModule(displayName = "电子刊物")
package org.zhengtong.journal;
