package org.zhengtong.document.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;

/**
 * 发文字号 and 收文编号: per 机关代字 (or receiving unit) per year, unique and without gaps. A number is taken
 * under a row lock on its sequence, inside the transaction that registers the document, so a rollback gives the
 * number back. Format: 财预〔2026〕12号 — no leading zeros, the brackets are 〔〕.
 */
@Service
public class DocumentNumbering {

    /** Who may hold numbers back and give them free: process administrators and unit administrators. */
    static final String ADMINISTRATORS = "hasAuthority('WORKFLOW_ADMIN') or hasRole('UNIT_ADMIN')";

    private final NumberSequenceRepository sequences;
    private final NumberReservationRepository reservations;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DocumentNumbering(NumberSequenceRepository sequences, NumberReservationRepository reservations,
                      JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.sequences = sequences;
        this.reservations = reservations;
        this.jdbc = jdbc;
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
        NumberSequence sequence = lockedSequence(sequenceKey);
        List<NumberReservation> released = reservations.findBySequenceKeyAndStatusOrderBySerialAsc(sequenceKey,
                NumberReservation.Status.RELEASED);
        if (!released.isEmpty()) {
            NumberReservation reuse = released.get(0);
            reuse.useFor(documentId);
            return reuse.getSerial();
        }
        return sequence.next();
    }

    /** An administrator holds a number back (for a paper document, say), with a reason. */
    @PreAuthorize(ADMINISTRATORS)
    @Transactional
    public int reserve(String sequenceKey, String reason, String administrator) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("document.error.reasonRequired");
        }
        NumberSequence sequence = lockedSequence(sequenceKey);
        int serial = sequence.next();
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
        lockedSequence(reservation.getSequenceKey());
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

    private NumberSequence lockedSequence(String key) {
        return sequences.lock(key).orElseGet(() -> {
            createIfAbsent(key);
            return sequences.lock(key).orElseThrow();
        });
    }

    /**
     * The first number of a year creates the row; two first numbers at once both try and one insert wins. The
     * insert runs under a savepoint of the caller's own connection, so a lost race leaves the transaction usable
     * (PostgreSQL aborts a transaction on any failed statement) and no second pooled connection is needed.
     */
    private void createIfAbsent(String key) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into doc_number_sequence (sequence_key, last_serial) values (?, 0)")) {
                insert.setString(1, key);
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException alreadyCreated) {
                // the other transaction created it; both now lock the same row
                connection.rollback(savepoint);
            }
            return null;
        });
    }
}
