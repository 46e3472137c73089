package org.zhengtong.regulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.RecordIndex;

/** 常用信息 in 综合检索 (kind {@code commoninfo}): title, address and text, for the unit or 全市. */
@Component
class CommonInfoIndex extends RecordIndex<CommonInfo> {

    static final String KIND = "commoninfo";

    private final CommonInfoService service;
    private final Clock clock;

    CommonInfoIndex(CommonInfoRepository infos, CommonInfoService service, CurrentUsers currentUsers, Clock clock) {
        super(KIND, CommonInfo.class, infos, "/common-info#info-", currentUsers);
        this.service = service;
        this.clock = clock;
    }

    @Override
    protected boolean mayOpen(CommonInfo info, CurrentUser user) {
        return service.canRead(info, user);
    }

    @Override
    protected FullTextSearch.Entry entry(CommonInfo i) {
        String text = new EntryText().add(i.getTitle(), i.getUrl(), i.getText()).toString();
        return new FullTextSearch.Entry(KIND, i.getId(), i.getUnitId(), i.getTitle(), text,
                LocalDate.ofInstant(i.getCreatedAt(), clock.getZone()), Classification.UNCLASSIFIED,
                RegulationIndex.readers(i.getUnitId(), i.getScope()), Map.of("category", i.getCategory().name()));
    }
}
