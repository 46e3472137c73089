package org.zhengtong.asset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.LikePatterns;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Sequences;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The asset cards: registration (one, a batch, an Excel sheet), the descriptive fields, the attached invoice and
 * contract, and reading. Every method that takes an id opens the card through {@link AssetAccess} first.
 *
 * <p>No two cards for one thing: a serial number, and an invoice's line, name one card in the whole system; a card
 * of the same name, model and acquisition day in the unit is registered only when the clerk confirms it is another
 * thing. The checks run before saving and the table's unique keys stand behind them, so of two registrations of one
 * serial number at once the second is refused too (409), not saved twice.
 */
@Service
@Transactional
public class AssetService {

    static final String SEQUENCE = "asset";

    private final AssetRepository assets;
    private final AssetCategoryRepository categories;
    private final AssetAccess access;
    private final AssetProperties properties;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Sequences sequences;
    private final FileStore files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssetService(AssetRepository assets, AssetCategoryRepository categories, AssetAccess access,
                 AssetProperties properties, CurrentUsers currentUsers, OrgDirectory directory, Sequences sequences,
                 FileStore files, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.categories = categories;
        this.access = access;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.sequences = sequences;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What is wrong with a card to register (errors), or asks to be confirmed (the same thing again?). */
    public record Problem(String key, List<Object> arguments, boolean confirm) {

        static Problem error(String key, Object... arguments) {
            return new Problem(key, List.of(arguments), false);
        }
    }

    /** Registers one card in the current user's unit; refuses with the first problem, or asks for confirmation. */
    public long register(AssetForm form, boolean confirmed) {
        return registerAll(List.of(form), confirmed).get(0);
    }

    /**
     * Registers cards together, all or none: each row is checked ({@link #check}), against the system and the other
     * rows; any error refuses every row, and a possible duplicate refuses them unless confirmed.
     */
    public List<Long> registerAll(List<AssetForm> forms, boolean confirmed) {
        CurrentUser user = currentUsers.current();
        long unitId = access.managedUnit(user);
        List<AssetForm> cleaned = forms.stream().map(AssetForm::cleaned).toList();
        List<List<Problem>> problems = check(unitId, cleaned);
        for (List<Problem> row : problems) {
            for (Problem p : row) {
                if (!p.confirm()) {
                    throw refusal(p);
                }
            }
        }
        if (!confirmed) {
            problems.stream().flatMap(List::stream).filter(Problem::confirm).findFirst().ifPresent(p -> {
                throw refusal(p);
            });
        }
        List<Long> ids = new ArrayList<>();
        for (AssetForm form : cleaned) {
            ids.add(save(unitId, form, AssetStatus.IN_USE, user.username()).getId());
        }
        return ids;
    }

    /** A card for something a stock-take found unregistered (盘盈): it waits for its confirmation's approval. */
    Asset registerSurplus(long unitId, AssetForm form) {
        AssetForm cleaned = form.cleaned().asSurplus();
        List<Problem> errors = check(unitId, List.of(cleaned)).get(0).stream().filter(p -> !p.confirm()).toList();
        if (!errors.isEmpty()) {
            throw refusal(errors.get(0));
        }
        return save(unitId, cleaned, AssetStatus.UNCONFIRMED, currentUsers.current().username());
    }

    /**
     * Every row's problems, in order: a code not in the classification (or a group), a department or person not of
     * the unit, an invoice number without its line, a day to come, a serial number or invoice line already
     * registered or twice in the rows (errors), and a card of the same name, model and day (to confirm).
     */
    public List<List<Problem>> check(long unitId, List<AssetForm> forms) {
        Set<String> serials = new HashSet<>();
        Set<String> invoiceLines = new HashSet<>();
        Set<Long> departments = directory.departments(unitId).stream().map(OrgDirectory.DepartmentRef::id)
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        List<List<Problem>> all = new ArrayList<>();
        for (AssetForm f : forms) {
            List<Problem> row = new ArrayList<>();
            Optional<AssetCategory> category = f.categoryCode() == null ? Optional.empty()
                    : categories.findById(f.categoryCode());
            if (category.isEmpty()) {
                row.add(Problem.error("asset.error.category", String.valueOf(f.categoryCode())));
            } else if (!category.get().assignable()) {
                row.add(Problem.error("asset.error.categoryGroup", f.categoryCode(), category.get().getName()));
            }
            if (f.departmentId() != null && !departments.contains(f.departmentId())) {
                row.add(Problem.error("asset.error.department"));
            }
            for (String person : new String[] {f.custodian(), f.user()}) {
                if (person != null && !ofUnit(person, unitId)) {
                    row.add(Problem.error("asset.error.person", person));
                }
            }
            if ((f.invoiceNumber() == null) != (f.invoiceLine() == null)) {
                row.add(Problem.error("asset.error.invoiceLine"));
            }
            if (f.acquiredOn() != null && f.acquiredOn().isAfter(today)) {
                row.add(Problem.error("asset.error.acquiredFuture"));
            }
            if (f.originalValue() != null && f.originalValue().signum() < 0) {
                row.add(Problem.error("asset.validation.value"));
            }
            if (f.serialNumber() != null) {
                if (!serials.add(f.serialNumber())) {
                    row.add(Problem.error("asset.error.serialTwice", f.serialNumber()));
                } else if (assets.existsBySerialNumber(f.serialNumber())) {
                    row.add(Problem.error("asset.error.serialTaken", f.serialNumber()));
                }
            }
            if (f.invoiceNumber() != null && f.invoiceLine() != null) {
                if (!invoiceLines.add(f.invoiceNumber() + "#" + f.invoiceLine())) {
                    row.add(Problem.error("asset.error.invoiceTwice", f.invoiceNumber(), f.invoiceLine()));
                } else if (assets.existsByInvoiceNumberAndInvoiceLine(f.invoiceNumber(), f.invoiceLine())) {
                    row.add(Problem.error("asset.error.invoiceTaken", f.invoiceNumber(), f.invoiceLine()));
                }
            }
            if (f.name() != null && f.acquiredOn() != null && (f.model() == null
                    ? assets.existsByUnitIdAndNameAndModelIsNullAndAcquiredOn(unitId, f.name(), f.acquiredOn())
                    : assets.existsByUnitIdAndNameAndModelAndAcquiredOn(unitId, f.name(), f.model(), f.acquiredOn()))) {
                row.add(new Problem("asset.confirm.similar", List.of(f.name(), f.acquiredOn().toString()), true));
            }
            all.add(row);
        }
        return all;
    }

    private Asset save(long unitId, AssetForm form, AssetStatus status, String username) {
        String number = nextNumber(unitId, form.categoryCode());
        AssetStatus initial = status == AssetStatus.IN_USE && form.user() == null && form.custodian() == null
                ? AssetStatus.IDLE : status;
        Asset asset;
        try {
            asset = assets.saveAndFlush(new Asset(unitId, number, form, initial, username, clock.instant()));
        } catch (DataIntegrityViolationException registeredMeanwhile) {
            throw new BusinessRuleException("asset.error.duplicate");
        }
        audit.success("ASSET_REGISTER", "asset", asset.getId(), number + " " + form.name());
        changed(asset);
        return asset;
    }

    /** The unit's next number: its code, the year, the classification code and a gapless count per unit and year. */
    String nextNumber(long unitId, String categoryCode) {
        int year = LocalDate.now(clock).getYear();
        String unitCode = directory.unit(unitId).map(OrgDirectory.UnitRef::code).orElse("U" + unitId);
        int next = sequences.next(SEQUENCE, unitId + "-" + year);
        return "%s%d-%s-%05d".formatted(unitCode.toUpperCase(java.util.Locale.ROOT), year, categoryCode, next);
    }

    /** The place and remarks: where it stands and notes, which move no responsibility, so no approval. */
    public void describe(long id, String place, String remarks) {
        CurrentUser user = currentUsers.current();
        Asset asset = readable(id, user);
        access.requireManage(user, asset.getUnitId());
        String cleanPlace = AssetForm.blank(place);
        String cleanRemarks = AssetForm.blank(remarks);
        if ((cleanPlace != null && cleanPlace.length() > 200) || (cleanRemarks != null && cleanRemarks.length() > 500)) {
            throw new InvalidInputException("asset.error.describeLength");
        }
        asset.describe(cleanPlace, cleanRemarks);
        audit.success("ASSET_DESCRIBE", "asset", id, asset.getNumber() + " " + cleanPlace);
        changed(asset);
    }

    /** The invoice or the contract (a scan, a PDF), kept in the file store. */
    public void attach(long id, String which, MultipartFile file) {
        CurrentUser user = currentUsers.current();
        Asset asset = readable(id, user);
        access.requireManage(user, asset.getUnitId());
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("asset.error.noFile");
        }
        String name = Optional.ofNullable(file.getOriginalFilename()).map(AssetForm::blank).orElse("file");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        FileStore.StoredFile stored;
        try (InputStream in = file.getInputStream()) {
            stored = files.store(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (which) {
            case "invoice" -> asset.attachInvoice(stored.key(), name);
            case "contract" -> asset.attachContract(stored.key(), name);
            default -> throw new InvalidInputException("asset.error.noFile");
        }
        audit.success("ASSET_ATTACH", "asset", id, asset.getNumber() + " " + which + " " + name);
    }

    /** An attached file to read: its name and stream, for those who read the card. */
    @Transactional(readOnly = true)
    public Map.Entry<String, InputStream> attachment(long id, String which) {
        Asset asset = readable(id, currentUsers.current());
        String key = "invoice".equals(which) ? asset.getInvoiceFileKey()
                : "contract".equals(which) ? asset.getContractFileKey() : null;
        String name = "invoice".equals(which) ? asset.getInvoiceFileName() : asset.getContractFileName();
        if (key == null) {
            throw new NotFoundException("assetFile", id);
        }
        return Map.entry(name, files.open(key));
    }

    @Transactional(readOnly = true)
    public AssetView view(long id) {
        return view(readable(id, currentUsers.current()));
    }

    /** A card by its number (a scanned label), for those who read it. */
    @Transactional(readOnly = true)
    public AssetView byNumber(String number) {
        Asset asset = assets.findByNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new NotFoundException("asset", number));
        access.requireRead(currentUsers.current(), asset.getUnitId());
        return view(asset);
    }

    /** A unit's cards (the own unit; any unit for the city's asset office), filtered, a page at a time. */
    @Transactional(readOnly = true)
    public Page<AssetView> list(Long unitId, AssetStatus status, String text, int page) {
        CurrentUser user = currentUsers.current();
        long unit = unitId == null ? ownUnit(user) : unitId;
        access.requireRead(user, unit);
        String pattern = AssetForm.blank(text) == null ? null : LikePatterns.containingIgnoreCase(text.strip());
        return assets.search(unit, status, pattern, PageRequest.of(Math.max(page, 0), properties.pageSizeOrDefault()))
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public List<AssetCategory> categories() {
        return categories.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public boolean mayManage(long unitId) {
        return access.manages(currentUsers.current(), unitId);
    }

    @Transactional(readOnly = true)
    public boolean mayManageOwn() {
        CurrentUser user = currentUsers.current();
        return user.unitId() != null && access.manages(user, user.unitId());
    }

    @Transactional(readOnly = true)
    public boolean city() {
        return access.city(currentUsers.current());
    }

    /** The departments of the current user's unit, for choosing one. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.DepartmentRef> ownDepartments() {
        return directory.departments(ownUnit(currentUsers.current()));
    }

    /** The people of a unit, for choosing a custodian or user. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.PersonRef> people(long unitId) {
        access.requireRead(currentUsers.current(), unitId);
        return directory.people(unitId);
    }

    long ownUnit(CurrentUser user) {
        if (user.unitId() == null) {
            throw new AccessDeniedException(user.username() + " belongs to no unit");
        }
        return user.unitId();
    }

    Asset readable(long id, CurrentUser user) {
        Asset asset = assets.findById(id).orElseThrow(() -> new NotFoundException("asset", id));
        access.requireRead(user, asset.getUnitId());
        return asset;
    }

    boolean ofUnit(String username, long unitId) {
        return directory.person(username).filter(p -> p.unitId() == unitId).isPresent();
    }

    AssetView view(Asset a) {
        Optional<AssetCategory> category = categories.findById(a.getCategoryCode());
        Integer years = category.map(AssetCategory::getDepreciationYears).orElse(null);
        BigDecimal accumulated = Depreciation.accumulated(a.getOriginalValue(), years, a.getAcquiredOn(),
                a.getLeftOn(), LocalDate.now(clock));
        return new AssetView(a.getId(), a.getUnitId(),
                directory.unit(a.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null), a.getNumber(),
                a.getCategoryCode(), category.map(AssetCategory::getName).orElse(null), years, a.getName(),
                a.getModel(), a.getQuantity(), a.getOriginalValue(), accumulated,
                a.getOriginalValue().subtract(accumulated), a.getAcquisition(), a.getAcquiredOn(), a.getFunding(),
                a.getDepartmentId(), departmentName(a.getDepartmentId()), a.getCustodian(), nameOf(a.getCustodian()),
                a.getUser(), nameOf(a.getUser()), a.getUse(), a.getPlace(), a.getStatus(), a.getSerialNumber(),
                a.getInvoiceNumber(), a.getInvoiceLine(), a.getInvoiceFileName(), a.getContractFileName(),
                a.getLentTo(), a.getRemarks(), a.getLeftOn(), a.getPendingChangeId(), nameOf(a.getCreatedBy()),
                a.getCreatedAt());
    }

    String departmentName(Long departmentId) {
        return departmentId == null ? null
                : directory.department(departmentId).map(OrgDirectory.DepartmentRef::name).orElse(null);
    }

    String nameOf(String username) {
        return username == null ? null : directory.nameOf(username);
    }

    Map<String, AssetCategory> categoryMap() {
        return categories.findAll().stream().collect(Collectors.toMap(AssetCategory::getCode, Function.identity()));
    }

    void changed(Asset asset) {
        events.publishEvent(new IndexEntryChanged(AssetIndex.KIND, asset.getId()));
    }

    private static BusinessRuleException refusal(Problem p) {
        Object[] arguments = p.arguments().toArray();
        return switch (p.key()) {
            case "asset.error.serialTaken", "asset.error.invoiceTaken", "asset.confirm.similar",
                    "asset.error.serialTwice", "asset.error.invoiceTwice" -> new BusinessRuleException(p.key(), arguments);
            default -> new InvalidInputException(p.key(), arguments);
        };
    }
}
