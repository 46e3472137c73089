package org.zhengtong.asset.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Asset cards in 综合检索 (kind {@code asset}): number, name, model, serial number, classification, custodian, user
 * and place as text; found by the unit's people and 市财政局's asset office, confirmed by {@link AssetAccess}.
 */
@Component
class AssetIndex extends RecordIndex<Asset> {

    static final String KIND = "asset";

    private final AssetCategoryRepository categories;
    private final AssetAccess access;
    private final OrgDirectory directory;

    AssetIndex(AssetRepository assets, AssetCategoryRepository categories, AssetAccess access, OrgDirectory directory,
               CurrentUsers currentUsers) {
        super(KIND, Asset.class, assets, "/asset/cards/", currentUsers);
        this.categories = categories;
        this.access = access;
        this.directory = directory;
    }

    @Override
    protected boolean mayOpen(Asset r, CurrentUser user) {
        return access.reads(user, r.getUnitId());
    }

    @Override
    protected boolean indexed(Asset r) {
        return r.getStatus() != AssetStatus.VOID;
    }

    @Override
    protected FullTextSearch.Entry entry(Asset a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", a.getNumber());
        fields.put("status", a.getStatus().name());
        fields.put("category", a.getCategoryCode());
        String text = new EntryText().add(a.getNumber(), a.getName(), a.getModel(), a.getSerialNumber(),
                categories.findById(a.getCategoryCode()).map(AssetCategory::getName).orElse(null),
                a.getCustodian() == null ? null : directory.nameOf(a.getCustodian()),
                a.getUser() == null ? null : directory.nameOf(a.getUser()), a.getPlace(), a.getRemarks()).toString();
        return new FullTextSearch.Entry(KIND, a.getId(), a.getUnitId(), "资产：" + a.getName() + "（" + a.getNumber() + "）",
                text, a.getAcquiredOn(), Classification.UNCLASSIFIED,
                Set.of(Readers.unit(a.getUnitId()), Readers.role(AssetPermissions.OFFICE_ROLE)), fields);
    }
}
