package org.zhengtong.reception.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reception as the pages and the API show it: people by name, departments by name, amounts in 元. */
public record ReceptionView(long id, String number, String visitingUnit, String leaderName, String leaderTitle,
                            int visitorCount, ReceptionLevel level, String reason, String letterName,
                            Instant arrivalAt, Instant departureAt, Long hostDepartmentId, String hostDepartmentName,
                            String inCharge, String inChargeName, String venues, String accommodation,
                            String vehicles, BigDecimal otherBudget, List<MemberView> members, List<MealView> meals,
                            List<AgendaView> agenda, List<PersonName> companions, BigDecimal plannedCost,
                            ReceptionStatus status, String processInstanceId, String decisionNote,
                            BigDecimal mealCost, BigDecimal accommodationCost, BigDecimal transportCost,
                            BigDecimal otherCost, String costNote, BigDecimal totalCost, String registeredBy,
                            String registeredByName, Instant registeredAt, Instant completedAt, boolean editable) {

    public record MemberView(String name, String title) {
    }

    public record MealView(LocalDate date, MealKind kind, int guests, int hosts, BigDecimal standard,
                           BigDecimal plannedCost) {
    }

    public record AgendaView(Instant startsAt, String content, String place) {
    }

    public record PersonName(String username, String name) {
    }

    public String businessKey() {
        return Reception.KEY_PREFIX + id;
    }
}
