package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.zhengtong.workflow.ProcessDirection;

interface ProcessDesignRepository extends JpaRepository<ProcessDesign, Long> {

    List<ProcessDesign> findAllByOrderByDirectionAscNameAscIdAsc();

    /** A handful per direction: scopes are matched in Java, alike on every database. */
    List<ProcessDesign> findByDirectionAndActiveTrue(ProcessDirection direction);
}

interface ProcessDesignVersionRepository extends JpaRepository<ProcessDesignVersion, Long> {

    List<ProcessDesignVersion> findByDesignIdOrderByVersionNoDesc(Long designId);

    Optional<ProcessDesignVersion> findFirstByDesignIdOrderByVersionNoDesc(Long designId);

    Optional<ProcessDesignVersion> findFirstByDesignIdAndSourceOrderByVersionNoDesc(Long designId,
                                                                                   ProcessDesignVersion.Source source);

    Optional<ProcessDesignVersion> findByDesignIdAndVersionNo(Long designId, int versionNo);
}
