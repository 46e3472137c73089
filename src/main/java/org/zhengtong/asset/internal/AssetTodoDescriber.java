package org.zhengtong.asset.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TodoDescriber;

/** Describes {@code asset:<id>} for the to-do window: 资产报废：台式计算机（ZJJ2026-…）, linking to the change. */
@Component
class AssetTodoDescriber implements TodoDescriber {

    private final AssetChangeRepository changes;
    private final AssetRepository assets;
    private final OrgDirectory directory;
    private final MessageSource messages;

    AssetTodoDescriber(AssetChangeRepository changes, AssetRepository assets, OrgDirectory directory,
                       MessageSource messages) {
        this.changes = changes;
        this.assets = assets;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(AssetChange.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, AssetChange.KEY_PREFIX);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String type = text("asset.todoType");
        Map<String, Description> described = new HashMap<>();
        for (AssetChange c : changes.findByIdIn(ids)) {
            Asset asset = assets.findById(c.getAssetId()).orElse(null);
            String unitName = directory.unit(c.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            described.put(c.businessKey(), new Description(
                    text("asset.todoTitle", text(c.getKind().messageKey()),
                            asset == null ? "" : asset.getName(), asset == null ? "" : asset.getNumber()),
                    c.getNumber(), type, null, 0, null, unitName, null, "/asset/changes/" + c.getId()));
        }
        return described;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
