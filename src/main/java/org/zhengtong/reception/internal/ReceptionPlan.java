package org.zhengtong.reception.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A registration and plan after the service checked and converted the form. */
record ReceptionPlan(String visitingUnit, String leaderName, String leaderTitle, int visitorCount,
                     ReceptionLevel level, String reason, Instant arrivalAt, Instant departureAt,
                     Long hostDepartmentId, String inCharge, String venues, String accommodation, String vehicles,
                     BigDecimal otherBudget, List<Member> members, List<Meal> meals, List<AgendaItem> agenda,
                     List<String> companions) {
}
