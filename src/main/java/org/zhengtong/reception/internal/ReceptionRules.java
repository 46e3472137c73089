package org.zhengtong.reception.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * Each unit's rule for when its reception plans go to approval: the unit's reception desk sets it; a unit that set
 * none follows the server's default ({@code zhengtong.reception.approval}, {@code approval-amount}). The desk, the
 * readers and the unit's leaders read it, as they read the receptions it governs.
 */
@Service
@Transactional
public class ReceptionRules {

    /** The largest amount a rule takes: what the column holds. */
    static final String MAX_AMOUNT_TEXT = "9999999999.99";
    static final BigDecimal MAX_AMOUNT = new BigDecimal(MAX_AMOUNT_TEXT);

    /** A unit's rule as it applies: its own ({@code own}, with who set it and when) or the server's default. */
    public record Rules(ApprovalRule approval, BigDecimal approvalAmount, boolean own, String updatedBy,
                        Instant updatedAt) {

        /** Whether a plan of this level and planned cost goes to approval. */
        boolean asksFor(ReceptionLevel level, BigDecimal plannedCost) {
            return switch (approval) {
                case ALWAYS -> true;
                case NEVER -> false;
                case OVER_AMOUNT -> level == ReceptionLevel.MINISTERIAL || plannedCost.compareTo(approvalAmount) > 0;
            };
        }
    }

    private final ReceptionRuleRepository rules;
    private final ReceptionAccess access;
    private final ReceptionProperties properties;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    ReceptionRules(ReceptionRuleRepository rules, ReceptionAccess access, ReceptionProperties properties,
                   CurrentUsers currentUsers, OrgDirectory directory, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.access = access;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current user's unit's rule, who set it by name: for its desk, readers and leaders (403 otherwise). */
    @Transactional(readOnly = true)
    public Rules current() {
        CurrentUser user = currentUsers.current();
        access.requireUnitReader(user);
        Rules rules = of(user.unitId());
        return rules.own() ? new Rules(rules.approval(), rules.approvalAmount(), true,
                directory.nameOf(rules.updatedBy()), rules.updatedAt()) : rules;
    }

    /** Whether the current user may change the rule: her unit's reception desk. */
    @Transactional(readOnly = true)
    public boolean mayChange() {
        return access.mayManage(currentUsers.current());
    }

    /** The unit's rule, or the server's default. */
    @Transactional(readOnly = true)
    Rules of(long unitId) {
        return rules.findById(unitId)
                .map(r -> new Rules(r.getApproval(), r.getApprovalAmount(), true, r.getUpdatedBy(), r.getUpdatedAt()))
                .orElseGet(() -> new Rules(properties.approvalOrDefault(), properties.approvalAmountOrDefault(), false,
                        null, null));
    }

    /**
     * Sets the own unit's rule: its reception desk only. The amount counts for {@code OVER_AMOUNT} (required there,
     * 0 to {@value #MAX_AMOUNT_TEXT} 元 with at most two decimals) and is kept as given otherwise.
     */
    public Rules set(ApprovalRule approval, BigDecimal amount) {
        CurrentUser user = currentUsers.current();
        access.requireManager(user);
        if (approval == null) {
            throw new BusinessRuleException("reception.rules.error.approval");
        }
        BigDecimal value = amount == null ? properties.approvalAmountOrDefault() : amount;
        if (approval == ApprovalRule.OVER_AMOUNT && amount == null) {
            throw new BusinessRuleException("reception.rules.error.amountNeeded");
        }
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("reception.rules.error.amount", MAX_AMOUNT_TEXT);
        }
        ReceptionRule rule = rules.findById(user.unitId()).orElseGet(() -> new ReceptionRule(user.unitId()));
        rule.set(approval, value, user.username(), clock.instant());
        try {
            rules.saveAndFlush(rule);
        } catch (DataIntegrityViolationException e) {
            // another desk member set the unit's first rule at the same moment: hers stands
            throw new BusinessRuleException("reception.rules.error.concurrent");
        }
        audit.success("RECEPTION_RULES", "receptionRule", user.unitId(), approval + " " + value.toPlainString());
        return current();
    }
}
