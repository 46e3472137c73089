package org.zhengtong.platform.internal.account;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleRepository extends JpaRepository<Role, String> {

    List<Role> findByCodeIn(Collection<String> codes);

    List<Role> findAllByOrderByBuiltInDescCodeAsc();

    boolean existsByName(String name);

    boolean existsByNameAndCodeNot(String name, String code);
}
