package org.zhengtong.platform.internal.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingRepository extends JpaRepository<Setting, String> {
}
