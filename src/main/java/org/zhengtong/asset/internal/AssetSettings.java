package org.zhengtong.asset.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;

/**
 * What 市财政局's asset office sets for the whole city: the value limits above which a change needs its approval
 * too, and the classification (the product ships a subset of GB/T 14885-2022; the office loads the rest as lines of
 * {@code 代码,名称,上级代码,折旧年限} — years empty for a group, 0 for a category not depreciated).
 */
@Service
@Transactional
public class AssetSettings {

    private final AssetLimitRepository limits;
    private final AssetCategoryRepository categories;
    private final AssetAccess access;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    AssetSettings(AssetLimitRepository limits, AssetCategoryRepository categories, AssetAccess access,
                  CurrentUsers currentUsers, AuditLog audit) {
        this.limits = limits;
        this.categories = categories;
        this.access = access;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** Every kind a limit may apply to, with its threshold (null: never). */
    @Transactional(readOnly = true)
    public Map<ChangeKind, BigDecimal> limits() {
        Map<ChangeKind, BigDecimal> all = new TreeMap<>();
        for (ChangeKind kind : ChangeKind.LIMITED) {
            all.put(kind, limits.findById(kind).map(AssetLimit::getThreshold).orElse(null));
        }
        return all;
    }

    public void setLimit(ChangeKind kind, BigDecimal threshold) {
        access.requireCity(currentUsers.current());
        if (kind == null || !ChangeKind.LIMITED.contains(kind)) {
            throw new InvalidInputException("asset.validation.kind");
        }
        if (threshold != null && (threshold.signum() < 0 || threshold.scale() > 2
                || threshold.precision() - threshold.scale() > 14)) {
            throw new InvalidInputException("asset.validation.value");
        }
        limits.findById(kind).ifPresentOrElse(l -> l.set(threshold), () -> limits.save(new AssetLimit(kind, threshold)));
        audit.success("ASSET_LIMIT", "assetLimit", kind.name(), threshold == null ? "-" : threshold.toPlainString());
    }

    /** Loads classification codes (new ones added, known ones renamed); all lines or none. Returns how many. */
    public int loadCategories(String lines) {
        access.requireCity(currentUsers.current());
        List<AssetCategory> loaded = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(lines == null ? "" : lines))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("[,，\\t]", -1);
                String code = parts[0].strip();
                String name = parts.length > 1 ? parts[1].strip() : "";
                String parent = parts.length > 2 ? AssetForm.blank(parts[2]) : null;
                String years = parts.length > 3 ? parts[3].strip() : "";
                if (!code.matches("[A-Z][0-9]{8}") || name.isEmpty() || name.length() > 100
                        || (parent != null && !parent.matches("[A-Z][0-9]{8}")) || !years.matches("\\d{0,3}")) {
                    throw new InvalidInputException("asset.category.error.line", number);
                }
                Integer y = years.isEmpty() ? null : Integer.valueOf(years);
                boolean depreciable = y == null || y > 0;
                AssetCategory category = categories.findById(code).orElse(null);
                if (category == null) {
                    loaded.add(new AssetCategory(code, name, parent, depreciable, depreciable ? y : null));
                } else {
                    category.describe(name, parent, depreciable, depreciable ? y : null);
                    loaded.add(category);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded.isEmpty()) {
            throw new InvalidInputException("asset.category.error.empty");
        }
        categories.saveAll(loaded);
        audit.success("ASSET_CATEGORIES", "assetCategory", loaded.get(0).getCode(), loaded.size() + " codes");
        return loaded.size();
    }
}
