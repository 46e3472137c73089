package org.zhengtong.reception.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceptionRuleRepository extends JpaRepository<ReceptionRule, Long> {
}
