package org.zhengtong.reception;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** JSON bodies of receptions for the tests: a visit from two hours ago until six hours ahead, with a plan. */
final class ReceptionFixtures {

    static final String DESK = "czj.office";
    static final String APPROVER = "czj.deputy1";

    private ReceptionFixtures() {
    }

    static String body(Clock clock, String visitingUnit, String reason, String level, int visitors) {
        LocalDateTime arrival = arrival(clock);
        return body(visitingUnit, reason, level, visitors, arrival, arrival.plusHours(8), 2, "60.00");
    }

    /** When {@link #body(Clock, String, String, String, int)}'s delegation arrives: two hours ago, maybe yesterday. */
    static LocalDateTime arrival(Clock clock) {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
    }

    static String body(String visitingUnit, String reason, String level, int visitors, LocalDateTime arrival,
                       LocalDateTime departure, int hosts, String standard) {
        return """
                {"visitingUnit": "%s", "leaderName": "张建国", "leaderTitle": "副厅长", "visitorCount": %d,
                 "level": "%s", "reason": "%s", "arrivalAt": "%s", "departureAt": "%s",
                 "venues": "第一会议室", "accommodation": "机关宾馆", "vehicles": "中巴一辆", "otherBudget": 800,
                 "inCharge": "czj.clerk", "companions": ["czj.deputy2", "czj.clerk"],
                 "members": [{"name": "李明", "title": "处长"}, {"name": "王芳", "title": "科长"}],
                 "meals": [{"date": "%s", "kind": "LUNCH", "guests": %d, "hosts": %d, "standard": %s}],
                 "agenda": [{"startsAt": "%s", "content": "座谈交流", "place": "第一会议室"}]}
                """.formatted(visitingUnit, visitors, level, reason, arrival, departure, arrival.toLocalDate(),
                visitors, hosts, standard, arrival.plusMinutes(30));
    }
}
