package org.zhengtong.document.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<OfficialDocument, Long> {

    /** The document, locked until the transaction ends: concurrent saves of its body take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from OfficialDocument d where d.id = :id")
    Optional<OfficialDocument> lock(Long id);

    List<OfficialDocument> findByIdIn(Collection<Long> ids);

    List<OfficialDocument> findByInitiatorOrderByCreatedAtDesc(String initiator);

    List<OfficialDocument> findBySourceDocumentId(Long sourceDocumentId);

    Optional<OfficialDocument> findByProcessInstanceId(String processInstanceId);

    List<OfficialDocument> findByStatusAndIdGreaterThanOrderByIdAsc(OfficialDocument.Status status, Long afterId,
                                                                    org.springframework.data.domain.Pageable page);
}

interface BodyVersionRepository extends JpaRepository<BodyVersion, Long> {

    List<BodyVersion> findByDocumentIdOrderByVersionNoAsc(Long documentId);

    Optional<BodyVersion> findByDocumentIdAndVersionNo(Long documentId, int versionNo);

    @Query("select coalesce(max(v.versionNo), 0) from BodyVersion v where v.documentId = :documentId")
    int lastVersionNo(Long documentId);
}

interface ReaderRepository extends JpaRepository<DocumentReader, DocumentReader.Key> {

    boolean existsByDocumentIdAndUsername(Long documentId, String username);

    List<DocumentReader> findByUsername(String username);
}

interface IssuerCodeRepository extends JpaRepository<IssuerCode, String> {

    List<IssuerCode> findByUnitIdOrderByCode(Long unitId);
}

interface NumberReservationRepository extends JpaRepository<NumberReservation, Long> {

    List<NumberReservation> findBySequenceKeyAndStatusOrderBySerialAsc(String sequenceKey, NumberReservation.Status status);

    List<NumberReservation> findAllByOrderByReservedAtDesc();

    Optional<NumberReservation> findBySequenceKeyAndSerial(String sequenceKey, int serial);
}

interface CommonPhraseRepository extends JpaRepository<CommonPhrase, Long> {

    List<CommonPhrase> findByUsernameOrderBySortOrderAscIdAsc(String username);
}

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByDocumentIdOrderByIdAsc(Long documentId);
}

interface AttachmentVersionRepository extends JpaRepository<AttachmentVersion, Long> {

    List<AttachmentVersion> findByAttachmentIdOrderByVersionNoAsc(Long attachmentId);

    @Query("select coalesce(max(v.versionNo), 0) from AttachmentVersion v where v.attachmentId = :attachmentId")
    int lastVersionNo(Long attachmentId);
}
