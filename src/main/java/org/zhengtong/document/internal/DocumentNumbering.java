package org.zhengtong.document.internal;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.Sequences;

/**
 * 发文字号 and 收文编号: per 机关代字 (or receiving unit) per year, unique and without gaps. A number is taken
 * from a {@link Sequences} counter under its row lock, inside the transaction that registers the document, so a
 * rollback gives the number back. Format: 财预〔2026〕12号 — no leading zeros, the brackets are 〔〕.
 */
@Service
public class DocumentNumbering {

    /** Who may hold numbers back and give them free: process administrators and unit administrators. */
    static final String ADMINISTRATORS = "hasAuthority('WORKFLOW_ADMIN') or hasRole('UNIT_ADMIN')";

    /** The counters' name in {@link Sequences}; the key is {@link #sequenceKey} or {@code 收:<unit>/<year>}. */
    private static final String SEQUENCE = "document.number";

    private final Sequences sequences;
    private final NumberReservationRepository reservations;
    private final AuditLog audit;
    private final Clock clock;

    DocumentNumbering(Sequences sequences, NumberReservationRepository reservations, AuditLog audit, Clock clock) {
        this.sequences = sequences;
        this.reservations = reservations;
        this.audit = audit;
        this.clock = clock;
    }

    public static String format(String issuerCode, int year, int serial) {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }

    static String sequenceKey(String issuerCode, int year) {
        return issuerCode + "/" + year;
    }

    int currentYear() {
        return Year.now(clock).getValue();
    }

    /** The next serial for the key: a released reservation first, otherwise one past the last. */
    @Transactional
    public int next(String sequenceKey, Long documentId) {
        sequences.lock(SEQUENCE, sequenceKey);
        List<NumberReservation> released = reservations.findBySequenceKeyAndStatusOrderBySerialAsc(sequenceKey,
                NumberReservation.Status.RELEASED);
        if (!released.isEmpty()) {
            NumberReservation reuse = released.get(0);
            reuse.useFor(documentId);
            return reuse.getSerial();
        }
        return sequences.next(SEQUENCE, sequenceKey);
    }

    /** An administrator holds a number back (for a paper document, say), with a reason. */
    @PreAuthorize(ADMINISTRATORS)
    @Transactional
    public int reserve(String sequenceKey, String reason, String administrator) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("document.error.reasonRequired");
        }
        int serial = sequences.next(SEQUENCE, sequenceKey);
        reservations.save(new NumberReservation(sequenceKey, serial, reason.strip(), administrator, clock.instant()));
        audit.success("DOCUMENT_NUMBER_RESERVE", "numberSequence", sequenceKey, serial + " " + reason.strip());
        return serial;
    }

    @PreAuthorize(ADMINISTRATORS)
    @Transactional
    public void release(Long reservationId, String reason, String administrator) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("document.error.reasonRequired");
        }
        NumberReservation reservation = reservations.findById(reservationId)
                .orElseThrow(() -> new NotFoundException("reservation", reservationId));
        sequences.lock(SEQUENCE, reservation.getSequenceKey());
        if (reservation.getStatus() != NumberReservation.Status.RESERVED) {
            throw new BusinessRuleException("document.error.reservationNotHeld");
        }
        reservation.release(administrator, reason.strip());
        audit.success("DOCUMENT_NUMBER_RELEASE", "numberSequence", reservation.getSequenceKey(),
                reservation.getSerial() + " " + reason.strip());
    }

    @PreAuthorize(ADMINISTRATORS)
    @Transactional(readOnly = true)
    public Long reservationId(String sequenceKey, int serial) {
        return reservations.findBySequenceKeyAndSerial(sequenceKey, serial).map(NumberReservation::getId)
                .orElseThrow(() -> new NotFoundException("reservation", serial));
    }

    @Transactional(readOnly = true)
    public List<NumberReservation> reservations() {
        return reservations.findAllByOrderByReservedAtDesc();
    }
}
