package org.zhengtong.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * 信访统计 of the office's unit for the cases received in a period: by matter, by 信访形式, by handling unit and by
 * month; how many were accepted (or disposed of) and handled within their deadlines; repeat petitions; satisfaction.
 * Counts only, no personal data.
 */
@Service
@Transactional(readOnly = true)
public class PetitionStatistics {

    private final PetitionRepository petitions;
    private final AssignmentRepository assignments;
    private final PetitionService service;
    private final PetitionAccess access;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PetitionStatistics(PetitionRepository petitions, AssignmentRepository assignments, PetitionService service,
                       PetitionAccess access, CurrentUsers currentUsers, Clock clock) {
        this.petitions = petitions;
        this.assignments = assignments;
        this.service = service;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** @param from first day received (default the first of this year); @param to last day (default today) */
    public Statistics of(LocalDate from, LocalDate to) {
        CurrentUser user = currentUsers.current();
        if (user.unitId() == null || !access.isOffice(user, user.unitId())) {
            throw new AccessDeniedException("not a petition office");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start) || start.plusYears(5).isBefore(end)) {
            throw new BusinessRuleException("petition.error.period");
        }
        List<Petition> cases = petitions.findByUnitIdAndReceivedOnBetween(user.unitId(), start, end);
        Map<String, String> matterNames = service.matterNames();
        Map<String, Long> byMatter = count(cases, p -> matterNames.getOrDefault(p.getMatterCode(), p.getMatterCode()));
        Map<String, Long> byChannel = count(cases, p -> p.getChannel().name());
        Map<String, Long> byMonth = new TreeMap<>(count(cases, p -> p.getReceivedOn().toString().substring(0, 7)));
        Map<String, Long> byUnit = cases.isEmpty() ? Map.of() : assignments.findByCaseIdIn(
                cases.stream().map(Petition::getId).toList()).stream().collect(Collectors.groupingBy(
                a -> service.unitName(a.getUnitId()), LinkedHashMap::new, Collectors.counting()));
        Map<String, Long> satisfaction = count(cases.stream().filter(p -> p.getSatisfaction() != null).toList(),
                p -> p.getSatisfaction().name());
        long accepted = 0;
        long acceptedOnTime = 0;
        long handled = 0;
        long handledOnTime = 0;
        for (Petition p : cases) {
            LocalDate decided = p.getAcceptedOn() != null ? p.getAcceptedOn()
                    : p.getStatus() == PetitionStatus.NOT_ACCEPTED || p.getStatus() == PetitionStatus.FORWARDED
                    ? p.getClosedOn() : null;
            if (decided != null) {
                accepted++;
                acceptedOnTime += decided.isAfter(p.getAcceptDue()) ? 0 : 1;
            }
            if (p.getRepliedOn() != null && p.getHandleDue() != null) {
                handled++;
                handledOnTime += p.getRepliedOn().isAfter(p.getHandleDue()) ? 0 : 1;
            }
        }
        long repeats = cases.stream().filter(p -> p.getEarlierCases() > 0).count();
        long groups = cases.stream().filter(Petition::isGroupVisit).count();
        return new Statistics(start, end, cases.size(), byMatter, byChannel, byMonth, byUnit,
                new Rate(acceptedOnTime, accepted), new Rate(handledOnTime, handled), repeats, groups, satisfaction);
    }

    private static Map<String, Long> count(List<Petition> cases, Function<Petition, String> key) {
        return cases.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
    }

    /** On time of all decided, and the rate in per cent (null when none was decided). */
    public record Rate(long onTime, long of) {

        public Integer percent() {
            return of == 0 ? null : (int) Math.round(onTime * 100.0 / of);
        }
    }

    public record Statistics(LocalDate from, LocalDate to, long total, Map<String, Long> byMatter,
                             Map<String, Long> byChannel, Map<String, Long> byMonth, Map<String, Long> byUnit,
                             Rate acceptedOnTime, Rate handledOnTime, long repeats, long groupVisits,
                             Map<String, Long> satisfaction) {
    }
}
