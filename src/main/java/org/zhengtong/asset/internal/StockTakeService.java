package org.zhengtong.asset.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.QrCodes;

/**
 * 盘点: a unit's asset clerk opens a stock-take (all the unit's assets, or one department's), scans the labels with
 * a phone (the browser's BarcodeDetector, or a photo the server reads with ZXing, or the number typed), and reads
 * the result: found, missing (盘亏: on the books, not scanned) and surplus (盘盈: scanned, not on the unit's books).
 * A missing asset is resolved by a 报损 change, a surplus one by registering it, which waits for the approval of
 * its 盘盈入账 — both through the same approval as every other change.
 */
@Service
@Transactional
public class StockTakeService {

    private final StockTakeRepository stocktakes;
    private final StockTakeScanRepository scans;
    private final AssetRepository assets;
    private final AssetService cards;
    private final AssetChangeService changes;
    private final AssetAccess access;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    StockTakeService(StockTakeRepository stocktakes, StockTakeScanRepository scans, AssetRepository assets,
                     AssetService cards, AssetChangeService changes, AssetAccess access, CurrentUsers currentUsers,
                     AuditLog audit, Clock clock) {
        this.stocktakes = stocktakes;
        this.scans = scans;
        this.assets = assets;
        this.cards = cards;
        this.changes = changes;
        this.access = access;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a stock-take found so far. */
    public record Result(StockTake stocktake, String departmentName, List<AssetView> found, List<AssetView> missing,
                         List<StockTakeScan> surplus, int scanned) {
    }

    public long open(String title, Long departmentId) {
        CurrentUser user = currentUsers.current();
        long unitId = access.managedUnit(user);
        String cleanTitle = AssetForm.blank(title);
        if (cleanTitle == null || cleanTitle.length() > 100) {
            throw new InvalidInputException("asset.stocktake.validation.title");
        }
        if (departmentId != null && cards.departmentName(departmentId) == null) {
            throw new InvalidInputException("asset.error.department");
        }
        StockTake stocktake = stocktakes.save(new StockTake(unitId, cleanTitle, departmentId, user.username(),
                clock.instant()));
        audit.success("ASSET_STOCKTAKE_OPEN", "assetStocktake", stocktake.getId(), cleanTitle);
        return stocktake.getId();
    }

    /**
     * Records a scanned label (its QR text: the card's address or the number) once per stock-take; answers the card
     * when it is one of the unit's, or empty for a surplus.
     */
    public Optional<AssetView> scan(long id, String scanned) {
        CurrentUser user = currentUsers.current();
        StockTake stocktake = managed(id, user);
        if (!stocktake.isOpen()) {
            throw new BusinessRuleException("asset.stocktake.error.closed");
        }
        String number = numberIn(scanned);
        Optional<Asset> asset = assets.findByNumber(number).filter(a -> a.getUnitId() == stocktake.getUnitId())
                .filter(a -> a.getStatus().held());
        if (!scans.existsByStocktakeIdAndScannedNumber(id, number)) {
            try {
                scans.saveAndFlush(new StockTakeScan(id, number, asset.map(Asset::getId).orElse(null), null,
                        user.username(), clock.instant()));
            } catch (DataIntegrityViolationException scannedMeanwhile) {
                // the other phone recorded the same label at the same moment: once is enough
            }
        }
        return asset.map(cards::view);
    }

    /** A photo of a label (the phone's camera without BarcodeDetector): the server reads its QR code and scans it. */
    public Optional<AssetView> scanPhoto(long id, byte[] photo) {
        String text = QrCodes.read(photo).orElseThrow(() -> new InvalidInputException("asset.stocktake.error.noCode"));
        return scan(id, text);
    }

    /** The number a label's QR code carries: the last part of its address, or the text as typed. */
    static String numberIn(String scanned) {
        String text = AssetForm.blank(scanned);
        if (text == null) {
            throw new InvalidInputException("asset.stocktake.error.noCode");
        }
        int path = text.indexOf(AssetLabels.LABEL_PATH);
        String number = path >= 0 ? text.substring(path + AssetLabels.LABEL_PATH.length()) : text;
        number = number.strip();
        if (number.isEmpty() || number.length() > 40 || !number.matches("[A-Za-z0-9\\-]+")) {
            throw new InvalidInputException("asset.stocktake.error.noCode");
        }
        return number.toUpperCase(java.util.Locale.ROOT);
    }

    public void close(long id) {
        StockTake stocktake = managed(id, currentUsers.current());
        if (stocktake.isOpen()) {
            stocktake.close(clock.instant());
            audit.success("ASSET_STOCKTAKE_CLOSE", "assetStocktake", id, stocktake.getTitle());
        }
    }

    @Transactional(readOnly = true)
    public Result result(long id) {
        CurrentUser user = currentUsers.current();
        StockTake stocktake = stocktakes.findById(id).orElseThrow(() -> new NotFoundException("assetStocktake", id));
        access.requireRead(user, stocktake.getUnitId());
        List<StockTakeScan> scanned = scans.findByStocktakeIdOrderByScannedAt(id);
        Set<Long> seen = scanned.stream().map(StockTakeScan::getAssetId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<Asset> expected = assets.findByUnitIdOrderByNumber(stocktake.getUnitId()).stream()
                .filter(a -> a.getStatus().held())
                .filter(a -> stocktake.getDepartmentId() == null
                        || stocktake.getDepartmentId().equals(a.getDepartmentId()))
                .toList();
        List<AssetView> found = expected.stream().filter(a -> seen.contains(a.getId())).map(cards::view).toList();
        List<AssetView> missing = expected.stream().filter(a -> !seen.contains(a.getId())).map(cards::view).toList();
        List<StockTakeScan> surplus = scanned.stream().filter(s -> s.getAssetId() == null).toList();
        return new Result(stocktake, cards.departmentName(stocktake.getDepartmentId()), found, missing, surplus,
                scanned.size());
    }

    @Transactional(readOnly = true)
    public List<StockTake> list() {
        CurrentUser user = currentUsers.current();
        return stocktakes.findByUnitIdOrderByCreatedAtDesc(cards.ownUnit(user));
    }

    /** 盘亏: a missing asset goes to 报损 through approval. */
    public long reportMissing(long id, long assetId, String reason) {
        StockTake stocktake = managed(id, currentUsers.current());
        Asset asset = assets.findById(assetId).filter(a -> a.getUnitId() == stocktake.getUnitId())
                .orElseThrow(() -> new NotFoundException("asset", assetId));
        String why = AssetForm.blank(reason) == null ? stocktake.getTitle() + " 盘亏" : reason.strip();
        return changes.request(asset.getId(), new ChangeForm(ChangeKind.LOSS, why.length() > 500 ? why.substring(0, 500)
                : why, null, null, null, null, null, null, null));
    }

    /** 盘盈: registers what was found unregistered; the card waits for its 盘盈入账 approval. Returns the change's id. */
    public long registerSurplus(long id, AssetForm form) {
        StockTake stocktake = managed(id, currentUsers.current());
        Asset asset = cards.registerSurplus(stocktake.getUnitId(), form);
        return changes.requestSurplus(asset, stocktake.getTitle() + " 盘盈");
    }

    private StockTake managed(long id, CurrentUser user) {
        StockTake stocktake = stocktakes.findById(id).orElseThrow(() -> new NotFoundException("assetStocktake", id));
        access.requireRead(user, stocktake.getUnitId());
        access.requireManage(user, stocktake.getUnitId());
        return stocktake;
    }
}
