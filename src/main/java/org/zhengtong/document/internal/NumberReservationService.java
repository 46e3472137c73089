package org.zhengtong.document.internal;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;

/**
 * 文号预留 for administrators, within their scope: a process administrator manages every 机关代字, a unit
 * administrator only their own unit's. {@link DocumentNumbering} keeps the numbers gapless.
 */
@Service
@Transactional
@Validated
public class NumberReservationService {

    /** The reason columns of doc_number_reservation. */
    static final int MAX_REASON = 200;

    private final DocumentNumbering numbering;
    private final NumberReservationRepository reservations;
    private final IssuerCodeRepository issuerCodes;
    private final CurrentUsers currentUsers;

    NumberReservationService(DocumentNumbering numbering, NumberReservationRepository reservations,
                             IssuerCodeRepository issuerCodes, CurrentUsers currentUsers) {
        this.numbering = numbering;
        this.reservations = reservations;
        this.issuerCodes = issuerCodes;
        this.currentUsers = currentUsers;
    }

    public record Reservation(Long id, String number, String issuerCode, String reason, String reservedBy,
                              Instant reservedAt, String status, String releasedBy, String releaseReason,
                              Long usedByDocument) {

        public boolean held() {
            return NumberReservation.Status.RESERVED.name().equals(status);
        }
    }

    /** The 机关代字 the current administrator may reserve under. */
    @PreAuthorize(DocumentNumbering.ADMINISTRATORS)
    @Transactional(readOnly = true)
    public List<String> manageableIssuerCodes() {
        CurrentUser user = currentUsers.current();
        List<IssuerCode> codes = user.can("WORKFLOW_ADMIN") ? issuerCodes.findAll(Sort.by("code"))
                : user.unitId() == null ? List.of() : issuerCodes.findByUnitIdOrderByCode(user.unitId());
        return codes.stream().map(IssuerCode::getCode).toList();
    }

    @PreAuthorize(DocumentNumbering.ADMINISTRATORS)
    @Transactional(readOnly = true)
    public List<Reservation> reservations() {
        List<String> codes = manageableIssuerCodes();
        return numbering.reservations().stream().filter(r -> codes.contains(issuerCodeOf(r.getSequenceKey())))
                .map(NumberReservationService::view).toList();
    }

    /** Holds the next number of this year under the code back. */
    @PreAuthorize(DocumentNumbering.ADMINISTRATORS)
    public Reservation reserve(String issuerCode,
                               @Size(max = MAX_REASON, message = "{validation.size}") String reason) {
        if (issuerCode == null || !manageableIssuerCodes().contains(issuerCode)) {
            throw new BusinessRuleException("document.error.issuerCode", issuerCode);
        }
        String sequenceKey = DocumentNumbering.sequenceKey(issuerCode, numbering.currentYear());
        int serial = numbering.reserve(sequenceKey, reason, currentUsers.current().username());
        return view(reservations.findBySequenceKeyAndSerial(sequenceKey, serial).orElseThrow());
    }

    /** A reservation under a code the administrator manages. */
    @PreAuthorize(DocumentNumbering.ADMINISTRATORS)
    @Transactional(readOnly = true)
    public Reservation reservation(Long reservationId) {
        return reservations.findById(reservationId)
                .filter(r -> manageableIssuerCodes().contains(issuerCodeOf(r.getSequenceKey())))
                .map(NumberReservationService::view)
                .orElseThrow(() -> new NotFoundException("reservation", reservationId));
    }

    @PreAuthorize(DocumentNumbering.ADMINISTRATORS)
    public void release(Long reservationId,
                        @Size(max = MAX_REASON, message = "{validation.size}") String reason) {
        NumberReservation reservation = reservations.findById(reservationId)
                .filter(r -> manageableIssuerCodes().contains(issuerCodeOf(r.getSequenceKey())))
                .orElseThrow(() -> new NotFoundException("reservation", reservationId));
        numbering.release(reservation.getId(), reason, currentUsers.current().username());
    }

    private static Reservation view(NumberReservation r) {
        String code = issuerCodeOf(r.getSequenceKey());
        int year = Integer.parseInt(r.getSequenceKey().substring(r.getSequenceKey().lastIndexOf('/') + 1));
        return new Reservation(r.getId(), DocumentNumbering.format(code, year, r.getSerial()), code, r.getReason(),
                r.getReservedBy(), r.getReservedAt(), r.getStatus().name(), r.getReleasedBy(), r.getReleaseReason(),
                r.getUsedByDocument());
    }

    /** Sequence keys are {@code <机关代字>/<year>}; see {@link DocumentNumbering#sequenceKey}. */
    private static String issuerCodeOf(String sequenceKey) {
        return sequenceKey.substring(0, sequenceKey.lastIndexOf('/'));
    }
}
