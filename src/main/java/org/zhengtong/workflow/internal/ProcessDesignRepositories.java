package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessDesignRepository extends JpaRepository<ProcessDesign, Long> {

    List<ProcessDesign> findAllByOrderByTemplateKeyAscNameAscIdAsc();

    /** A handful per template: scopes are matched in Java, alike on every database. */
    List<ProcessDesign> findByTemplateKeyAndActiveTrue(String templateKey);
}

interface ProcessDesignVersionRepository extends JpaRepository<ProcessDesignVersion, Long> {

    List<ProcessDesignVersion> findByDesignIdOrderByVersionNoDesc(Long designId);

    Optional<ProcessDesignVersion> findFirstByDesignIdOrderByVersionNoDesc(Long designId);

    Optional<ProcessDesignVersion> findFirstByDesignIdAndSourceOrderByVersionNoDesc(Long designId,
                                                                                   ProcessDesignVersion.Source source);

    Optional<ProcessDesignVersion> findByDesignIdAndVersionNo(Long designId, int versionNo);
}
