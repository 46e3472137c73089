package org.zhengtong.leaderschedule.internal;

import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.zhengtong.leaderschedule.internal.Views.WeekTable;
import org.zhengtong.platform.Downloads;

/** The week's 领导活动安排表 as files, for the page and the API alike: what the reader may see, nothing more. */
@Component
public class WeekDownloads {

    private final LeaderSchedules schedules;
    private final WeekExport export;

    WeekDownloads(LeaderSchedules schedules, WeekExport export) {
        this.schedules = schedules;
        this.export = export;
    }

    public ResponseEntity<byte[]> pdf(Long unit, LocalDate day) {
        WeekTable table = schedules.week(unit, day);
        return Downloads.inline(table.title() + ".pdf", export.pdf(table));
    }

    public ResponseEntity<byte[]> xlsx(Long unit, LocalDate day) {
        WeekTable table = schedules.week(unit, day);
        return Downloads.attachment(table.title() + ".xlsx", export.xlsx(table));
    }
}
