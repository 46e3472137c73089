package org.zhengtong.platform.internal.holiday;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByDateBetweenOrderByDateAsc(LocalDate from, LocalDate to);
}
