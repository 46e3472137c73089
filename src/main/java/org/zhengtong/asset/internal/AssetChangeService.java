package org.zhengtong.asset.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Sequences;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.TrailStep;
import org.zhengtong.workflow.Workflow;

/**
 * Changes of an asset, each through approval ({@code asset-change}, designable per unit and kind): asked by the
 * unit's asset clerk, approved by the unit (and by 市财政局's asset office when the value limits say so, decided here
 * when it starts: the process only reads the boolean), applied to the card at the 登记 step ({@link #apply}).
 *
 * <p>One change at a time per asset: asking locks the card's row and refuses while another is in approval; applying
 * locks it again and applies only the change the card waits for, so two approvals of one asset never both pass.
 */
@Service
@Transactional
public class AssetChangeService {

    static final String TEMPLATE = "asset-change";
    static final String APPLY = "apply";
    static final String SEQUENCE = "asset-change";
    private static final Set<AssetStatus> AT_HOME = EnumSet.of(AssetStatus.IN_USE, AssetStatus.IDLE);

    private final AssetRepository assets;
    private final AssetChangeRepository changes;
    private final AssetLimitRepository limits;
    private final AssetService cards;
    private final AssetAccess access;
    private final AssetProperties properties;
    private final Workflow workflow;
    private final ProcessCatalog catalog;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Sequences sequences;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    AssetChangeService(AssetRepository assets, AssetChangeRepository changes, AssetLimitRepository limits,
                       AssetService cards, AssetAccess access, AssetProperties properties, Workflow workflow,
                       ProcessCatalog catalog, CurrentUsers currentUsers, OrgDirectory directory, Sequences sequences,
                       AuditLog audit, MessageSource messages, Clock clock) {
        this.assets = assets;
        this.changes = changes;
        this.limits = limits;
        this.cards = cards;
        this.access = access;
        this.properties = properties;
        this.workflow = workflow;
        this.catalog = catalog;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.sequences = sequences;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Asks for a change of the asset and starts its approval; returns the change's id. */
    public long request(long assetId, ChangeForm form) {
        CurrentUser user = currentUsers.current();
        cards.readable(assetId, user);
        Asset asset = assets.lockById(assetId).orElseThrow(() -> new NotFoundException("asset", assetId));
        access.requireManage(user, asset.getUnitId());
        ChangeForm f = form.cleaned();
        if (f.kind() == null || f.kind() == ChangeKind.SURPLUS) {
            throw new InvalidInputException("asset.validation.kind");
        }
        if (f.reason() == null) {
            throw new InvalidInputException("asset.validation.reason");
        }
        if (asset.getPendingChangeId() != null) {
            throw new BusinessRuleException("asset.error.pending", asset.getNumber());
        }
        checkKind(asset, f);
        return start(asset, f, user);
    }

    /** The 盘盈 card's confirmation: the same approval, kind {@link ChangeKind#SURPLUS}. */
    long requestSurplus(Asset asset, String reason) {
        CurrentUser user = currentUsers.current();
        return start(asset, new ChangeForm(ChangeKind.SURPLUS, reason, null, null, null, null, null, null, null), user);
    }

    private long start(Asset asset, ChangeForm f, CurrentUser user) {
        boolean finance = needsFinance(asset, f);
        Long financeUnit = null;
        if (finance) {
            financeUnit = directory.units().stream().filter(u -> u.code().equals(properties.financeUnitCodeOrDefault()))
                    .map(OrgDirectory.UnitRef::id).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("asset.error.noFinanceUnit"));
        }
        int year = LocalDate.now(clock).getYear();
        String number = "资变" + year + "-" + String.format("%05d",
                sequences.next(SEQUENCE, asset.getUnitId() + "-" + year));
        AssetChange change = changes.saveAndFlush(new AssetChange(asset, number, f, finance, describe(asset),
                user.username(), clock.instant()));
        asset.pending(change.getId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("changeId", change.getId());
        variables.put("unitId", asset.getUnitId());
        variables.put("changeKind", f.kind().name());
        variables.put("financeApproval", finance);
        variables.put("financeUnitId", financeUnit == null ? asset.getUnitId() : financeUnit);
        variables.put("classification", Classification.UNCLASSIFIED.name());
        variables.put("urgency", "NORMAL");
        change.startedAs(workflow.start(catalog.processKeyFor(TEMPLATE, f.kind().name(), asset.getUnitId()),
                change.businessKey(), user.username(), variables));
        audit.success("ASSET_CHANGE_REQUEST", "assetChange", change.getId(),
                number + " " + asset.getNumber() + " " + f.kind() + (finance ? " 财政审批" : ""));
        cards.changed(asset);
        return change.getId();
    }

    /** Whether the original value reaches the limit an administrator set for the kind (a transfer: out of the unit). */
    boolean needsFinance(Asset asset, ChangeForm f) {
        if (f.kind() == ChangeKind.TRANSFER && (f.toUnitId() == null || f.toUnitId() == asset.getUnitId())) {
            return false;
        }
        BigDecimal value = f.kind() == ChangeKind.REVALUE && f.toValue() != null
                ? f.toValue().max(asset.getOriginalValue()) : asset.getOriginalValue();
        return limits.findById(f.kind()).map(AssetLimit::getThreshold)
                .map(threshold -> value.compareTo(threshold) >= 0).orElse(false);
    }

    private void checkKind(Asset asset, ChangeForm f) {
        if (!asset.getStatus().held()) {
            throw new BusinessRuleException("asset.error.notHeld", asset.getNumber());
        }
        long unitId = asset.getUnitId();
        switch (f.kind()) {
            case ALLOCATE, RECEIVE -> {
                requireAtHome(asset);
                requireDepartment(f.toDepartmentId(), unitId);
                requirePerson(f.toCustodian(), unitId, false);
                requirePerson(f.toUser(), unitId, f.kind() == ChangeKind.RECEIVE);
            }
            case TRANSFER -> {
                requireAtHome(asset);
                long target = f.toUnitId() == null ? unitId : f.toUnitId();
                if (directory.unit(target).isEmpty()) {
                    throw new InvalidInputException("asset.error.unit");
                }
                if (target == unitId && f.toDepartmentId() == null) {
                    throw new InvalidInputException("asset.error.department");
                }
                if (f.toDepartmentId() != null) {
                    requireDepartment(f.toDepartmentId(), target);
                }
                requirePerson(f.toCustodian(), target, false);
                requirePerson(f.toUser(), target, false);
            }
            case CHANGE_USE -> {
                if (f.toUse() == null) {
                    throw new InvalidInputException("asset.error.use");
                }
            }
            case LEND, INVEST -> {
                requireAtHome(asset);
                if (f.counterparty() == null) {
                    throw new InvalidInputException("asset.error.counterparty");
                }
            }
            case RECALL -> {
                if (asset.getStatus() != AssetStatus.LENT) {
                    throw new BusinessRuleException("asset.error.notLent", asset.getNumber());
                }
            }
            case REVALUE -> {
                if (f.toValue() == null || f.toValue().signum() < 0) {
                    throw new InvalidInputException("asset.validation.value");
                }
            }
            case SCRAP, LOSS, DISPOSE -> {
                if (asset.getStatus() == AssetStatus.LENT) {
                    throw new BusinessRuleException("asset.error.lentOut", asset.getNumber());
                }
                if (asset.getStatus() == AssetStatus.INVESTED) {
                    throw new BusinessRuleException("asset.error.invested", asset.getNumber());
                }
            }
            case SURPLUS -> throw new InvalidInputException("asset.validation.kind");
        }
    }

    private static void requireAtHome(Asset asset) {
        if (!AT_HOME.contains(asset.getStatus())) {
            throw new BusinessRuleException("asset.error.notAtHome", asset.getNumber());
        }
    }

    private void requireDepartment(Long departmentId, long unitId) {
        if (departmentId == null || directory.department(departmentId).filter(d -> d.unitId() == unitId).isEmpty()) {
            throw new InvalidInputException("asset.error.department");
        }
    }

    private void requirePerson(String username, long unitId, boolean required) {
        if (username == null ? required : !cards.ofUnit(username, unitId)) {
            throw new InvalidInputException("asset.error.person", String.valueOf(username));
        }
    }

    /**
     * 登记 (the process's last step, the unit's asset clerks): applies the approved change to the card under its row
     * lock, only if the card still waits for exactly this change.
     */
    void apply(String businessKey) {
        AssetChange change = byKey(businessKey);
        Asset asset = assets.lockById(change.getAssetId()).orElseThrow();
        access.requireManage(currentUsers.current(), asset.getUnitId());
        if (change.getStatus() != ChangeStatus.PENDING || !change.getId().equals(asset.getPendingChangeId())) {
            throw new BusinessRuleException("asset.error.notPending", change.getNumber());
        }
        String newNumber = change.getKind() == ChangeKind.TRANSFER && change.getToUnitId() != null
                && change.getToUnitId() != asset.getUnitId()
                ? cards.nextNumber(change.getToUnitId(), asset.getCategoryCode()) : null;
        asset.apply(change, newNumber, LocalDate.now(clock));
        assets.saveAndFlush(asset);
        change.approved(describe(asset), clock.instant());
        audit.success("ASSET_CHANGE_APPROVE", "assetChange", change.getId(),
                change.getNumber() + " " + asset.getNumber() + " " + change.getKind());
        cards.changed(asset);
    }

    void refusedByProcess(String businessKey, String reason) {
        AssetChange change = byKey(businessKey);
        change.refused(reason, clock.instant());
        release(change);
        audit.success("ASSET_CHANGE_REFUSE", "assetChange", change.getId(), change.getNumber() + " " + reason);
    }

    void endedByProcess(String businessKey) {
        AssetChange change = byKey(businessKey);
        if (change.getStatus() == ChangeStatus.PENDING) {
            change.withdrawn(clock.instant());
            release(change);
            audit.success("ASSET_CHANGE_WITHDRAW", "assetChange", change.getId(), change.getNumber());
        }
    }

    private void release(AssetChange change) {
        Asset asset = assets.lockById(change.getAssetId()).orElseThrow();
        if (change.getId().equals(asset.getPendingChangeId())) {
            if (change.getKind() == ChangeKind.SURPLUS) {
                asset.voided();
            } else {
                asset.pending(null);
            }
        }
        cards.changed(asset);
    }

    @Transactional(readOnly = true)
    public ChangeView view(long id) {
        return view(readable(id, currentUsers.current()));
    }

    /** Every change of the card, latest first: the card's history. */
    @Transactional(readOnly = true)
    public List<ChangeView> history(long assetId) {
        cards.readable(assetId, currentUsers.current());
        return changes.findByAssetIdOrderByCreatedAtDesc(assetId).stream().map(this::view).toList();
    }

    /** The approval's steps (who approved, when), for whoever reads the change. */
    @Transactional(readOnly = true)
    public List<TrailStep> trail(long id) {
        AssetChange change = readable(id, currentUsers.current());
        return change.getProcessInstanceId() == null ? List.of() : workflow.trail(change.getProcessInstanceId());
    }

    AssetChange readable(long id, CurrentUser user) {
        AssetChange change = changes.findById(id).orElseThrow(() -> new NotFoundException("assetChange", id));
        if (!canRead(change, user)) {
            throw new AccessDeniedException("change " + id + " is not visible to " + user.username());
        }
        return change;
    }

    boolean canRead(AssetChange change, CurrentUser user) {
        return access.reads(user, change.getUnitId())
                || (change.getToUnitId() != null && access.reads(user, change.getToUnitId()))
                || (change.getProcessInstanceId() != null
                        && workflow.participants(change.getProcessInstanceId()).contains(user.username()));
    }

    AssetChange byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, AssetChange.KEY_PREFIX).flatMap(changes::findById)
                .orElseThrow(() -> new NotFoundException("assetChange", businessKey));
    }

    ChangeView view(AssetChange c) {
        Optional<Asset> asset = assets.findById(c.getAssetId());
        return new ChangeView(c.getId(), c.getAssetId(), asset.map(Asset::getNumber).orElse(null),
                asset.map(Asset::getName).orElse(null), c.getNumber(), c.getKind(), c.getStatus(), c.getReason(),
                target(c), c.getToValue(), c.getCounterparty(), c.isFinanceApproval(), c.getBeforeText(),
                c.getAfterText(), cards.nameOf(c.getRequestedBy()), c.getProcessInstanceId(), c.getDecisionNote(),
                c.getDecidedAt(), c.getCreatedAt());
    }

    private String target(AssetChange c) {
        StringJoiner joiner = new StringJoiner(" ");
        if (c.getToUnitId() != null) {
            directory.unit(c.getToUnitId()).ifPresent(u -> joiner.add(u.name()));
        }
        Optional.ofNullable(cards.departmentName(c.getToDepartmentId())).ifPresent(joiner::add);
        Optional.ofNullable(c.getToCustodian()).map(cards::nameOf).ifPresent(n -> joiner.add("保管人 " + n));
        Optional.ofNullable(c.getToUser()).map(cards::nameOf).ifPresent(n -> joiner.add("使用人 " + n));
        Optional.ofNullable(c.getToUse()).ifPresent(u -> joiner.add("用途 " + u));
        return joiner.toString();
    }

    /** The fields under approval as they stand, for the history's before and after. */
    private String describe(Asset a) {
        StringJoiner text = new StringJoiner("；");
        text.add("单位 " + directory.unit(a.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(""));
        text.add("编号 " + a.getNumber());
        text.add("状态 " + messages.getMessage(a.getStatus().messageKey(), null, Locale.SIMPLIFIED_CHINESE));
        Optional.ofNullable(cards.departmentName(a.getDepartmentId())).ifPresent(d -> text.add("科室 " + d));
        Optional.ofNullable(a.getCustodian()).map(cards::nameOf).ifPresent(n -> text.add("保管人 " + n));
        Optional.ofNullable(a.getUser()).map(cards::nameOf).ifPresent(n -> text.add("使用人 " + n));
        Optional.ofNullable(a.getUse()).ifPresent(u -> text.add("用途 " + u));
        Optional.ofNullable(a.getLentTo()).ifPresent(l -> text.add("对方 " + l));
        text.add("原值 " + a.getOriginalValue().toPlainString());
        String described = text.toString();
        return described.length() > 1000 ? described.substring(0, 1000) : described;
    }
}
