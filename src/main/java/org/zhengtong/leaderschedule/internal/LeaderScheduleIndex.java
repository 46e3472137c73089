package org.zhengtong.leaderschedule.internal;

import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Searchable;

/**
 * Leaders' schedule entries in the full-text index (kind {@code leaderschedule}): found by the readers the
 * visibility admits ({@link ScheduleRules#readers}) and opened only by those {@link ScheduleRules} lets see it now.
 */
@Component
class LeaderScheduleIndex implements Searchable {

    private final LeaderSchedules schedules;

    LeaderScheduleIndex(LeaderSchedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public String kind() {
        return LeaderSchedules.KIND;
    }

    @Override
    public Optional<FullTextSearch.Entry> entry(long id) {
        return schedules.indexEntry(id);
    }

    @Override
    public Set<Long> readable(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : schedules.readable(ids);
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return schedules.idsAfter(afterId, limit);
    }

    @Override
    public String link(long id) {
        return "/leaders/schedule/entries/" + id;
    }
}
