package org.zhengtong.workflow.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people who took part in many processes, read from the engine's history tables in one pass per batch: what
 * {@code HistoryService.getHistoricIdentityLinksForProcessInstance} and the historic task query give one process at a
 * time, for rebuilding a module's search entries over a million processes. The history tables are the engine's and so
 * this module's; no other module reads them.
 */
@Component
class HistoryParticipants {

    private static final int BATCH = 500;

    private final NamedParameterJdbcTemplate jdbc;

    HistoryParticipants(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Set<String>> of(Collection<String> processInstanceIds) {
        Map<String, Set<String>> participants = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(processInstanceIds));
        for (int from = 0; from < ids.size(); from += BATCH) {
            Map<String, List<String>> batch = Map.of("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)));
            jdbc.query("select proc_inst_id_ as process, user_id_ as username from act_hi_identitylink"
                    + " where proc_inst_id_ in (:ids) and user_id_ is not null"
                    + " union select proc_inst_id_, assignee_ from act_hi_taskinst"
                    + " where proc_inst_id_ in (:ids) and assignee_ is not null"
                    + " union select proc_inst_id_, owner_ from act_hi_taskinst"
                    + " where proc_inst_id_ in (:ids) and owner_ is not null", batch, rs -> {
                participants.computeIfAbsent(rs.getString(1), id -> new LinkedHashSet<>()).add(rs.getString(2));
            });
        }
        return participants;
    }
}
