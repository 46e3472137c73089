package org.zhengtong.chronicle.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChronicleEntryRepository extends JpaRepository<ChronicleEntry, Long> {

    List<ChronicleEntry> findByUnitIdAndEventDateBetweenOrderByEventDateAscIdAsc(long unitId, LocalDate from,
                                                                                  LocalDate to);

    List<ChronicleEntry> findByUnitIdAndStatusInAndEventDateBetweenOrderByEventDateAscIdAsc(
            long unitId, Collection<EntryStatus> statuses, LocalDate from, LocalDate to);

    List<ChronicleEntry> findByCityIncludedTrueAndStatusAndEventDateBetweenOrderByEventDateAscIdAsc(
            EntryStatus status, LocalDate from, LocalDate to);

    List<ChronicleEntry> findByStatusAndEventDateBetweenOrderByEventDateAscIdAsc(EntryStatus status, LocalDate from,
                                                                                  LocalDate to);

    List<ChronicleEntry> findBySubmitterOrderByCreatedAtDesc(String submitter);

    List<ChronicleEntry> findByUnitIdAndStatusAndEventDateBetween(long unitId, EntryStatus status, LocalDate from,
                                                                   LocalDate to);
}

interface ChronicleYearRepository extends JpaRepository<ChronicleYear, Long> {

    java.util.Optional<ChronicleYear> findByUnitIdAndChronicleYear(long unitId, int chronicleYear);

    List<ChronicleYear> findByIdGreaterThanOrderByIdAsc(long afterId, org.springframework.data.domain.Pageable page);
}
