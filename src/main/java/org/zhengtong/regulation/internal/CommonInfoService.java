package org.zhengtong.regulation.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.IndexEntryChanged;

/**
 * 常用信息: short entries (常用电话, 办事指南, 链接) kept by the unit's managers, read by the unit or 全市. A link's
 * address is an absolute http(s) URL with a host, nothing else (no {@code javascript:}, no {@code data:}).
 */
@Service
@Transactional
public class CommonInfoService {

    static final String OBJECT = "regulationInfo";

    private final CommonInfoRepository infos;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommonInfoService(CommonInfoRepository infos, CurrentUsers currentUsers, OrgDirectory directory, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.infos = infos;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Views.InfoView> list(InfoCategory category) {
        CurrentUser user = currentUsers.current();
        return infos.readable(user.unitId(), category).stream().map(i -> view(i, user)).toList();
    }

    @Transactional(readOnly = true)
    public Views.InfoView view(long id) {
        CurrentUser user = currentUsers.current();
        return view(readable(id, user), user);
    }

    public long create(CommonInfoForm form) {
        CurrentUser user = currentUsers.current();
        CommonInfo info = new CommonInfo(Audience.managedUnit(user), user.username(), clock.instant());
        info.describe(form, checkedUrl(form));
        infos.save(info);
        audit.success("REGULATION_INFO_CREATE", OBJECT, info.getId(), info.getTitle());
        changed(info);
        return info.getId();
    }

    public void update(long id, CommonInfoForm form) {
        CommonInfo info = managed(id, currentUsers.current());
        info.describe(form, checkedUrl(form));
        infos.saveAndFlush(info);
        audit.success("REGULATION_INFO_UPDATE", OBJECT, id, info.getTitle());
        changed(info);
    }

    public void delete(long id) {
        CommonInfo info = managed(id, currentUsers.current());
        infos.delete(info);
        audit.success("REGULATION_INFO_DELETE", OBJECT, id, info.getTitle());
        changed(info);
    }

    boolean canRead(CommonInfo info, CurrentUser user) {
        return Audience.reads(user, info.getUnitId(), info.getScope());
    }

    /** The link's address, required for a 链接 and checked wherever given: http or https with a host. */
    static String checkedUrl(CommonInfoForm form) {
        String url = RegulationService.blankToNull(form.url());
        if (url == null) {
            if (form.category() == InfoCategory.LINK) {
                throw new InvalidInputException("regulation.validation.url");
            }
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // not an address at all: refused below like any other scheme
        }
        throw new InvalidInputException("regulation.validation.url");
    }

    private CommonInfo readable(long id, CurrentUser user) {
        return infos.findById(id).filter(i -> canRead(i, user)).orElseThrow(() -> new NotFoundException(OBJECT, id));
    }

    private CommonInfo managed(long id, CurrentUser user) {
        CommonInfo info = readable(id, user);
        Audience.requireManager(user, info.getUnitId());
        return info;
    }

    private Views.InfoView view(CommonInfo i, CurrentUser user) {
        return new Views.InfoView(i.getId(), i.getCategory(), i.getScope(), i.getTitle(), i.getUrl(), i.getText(),
                directory.unit(i.getUnitId()).map(u -> u.name()).orElse(""), Audience.manages(user, i.getUnitId()));
    }

    private void changed(CommonInfo info) {
        events.publishEvent(new IndexEntryChanged(CommonInfoIndex.KIND, info.getId()));
    }
}
