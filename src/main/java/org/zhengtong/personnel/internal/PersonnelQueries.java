package org.zhengtong.personnel.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.IdNumbers;
import org.zhengtong.platform.LikePatterns;

/**
 * 组合查询 and the Excel export over the records of the current user's unit, each record as the user may see it;
 * a condition on a field the user does not see finds nothing. Confidential fields shown are audited.
 */
@Service
@Transactional(readOnly = true)
public class PersonnelQueries {

    static final int MAX_EXPORT = 5000;

    private final PersonnelRecordRepository records;
    private final PersonnelAccess access;
    private final PersonnelViews views;
    private final FieldVisibility visibility;
    private final PersonnelWorkbook workbook;
    private final PersonnelProperties properties;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    PersonnelQueries(PersonnelRecordRepository records, PersonnelAccess access, PersonnelViews views,
                     FieldVisibility visibility, PersonnelWorkbook workbook, PersonnelProperties properties,
                     CurrentUsers currentUsers, AuditLog audit) {
        this.records = records;
        this.access = access;
        this.views = views;
        this.visibility = visibility;
        this.workbook = workbook;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** A page of the unit's records matching every condition, by department and name. */
    public Page<RecordView> search(PersonnelQuery query, int page, String channel) {
        CurrentUser user = currentUsers.current();
        Audience audience = access.ownUnit(user);
        Map<PersonnelField, Audience> audiences = visibility.audiences();
        Pageable pageable = PageRequest.of(Math.max(page, 0), properties.pageSizeOrDefault(), order());
        if (!Collections.disjoint(query.fields(), PersonnelViews.hidden(audience, audiences))) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        Page<PersonnelRecord> found = records.findAll(matching(query, user.unitId()), pageable);
        views.audit(audience, audiences, found.map(PersonnelRecord::getId).getContent(), channel);
        return found.map(r -> views.view(r, audience, audiences));
    }

    /** The query's records as a workbook with the columns of the fields the user sees (at most {@value #MAX_EXPORT}). */
    public byte[] export(PersonnelQuery query, Locale locale) {
        CurrentUser user = currentUsers.current();
        Audience audience = access.ownUnit(user);
        Map<PersonnelField, Audience> audiences = visibility.audiences();
        Set<PersonnelField> hidden = PersonnelViews.hidden(audience, audiences);
        List<PersonnelRecord> list = Collections.disjoint(query.fields(), hidden)
                ? records.findAll(matching(query, user.unitId()), PageRequest.of(0, MAX_EXPORT, order())).getContent()
                : List.of();
        List<RecordView> rows = list.stream().map(r -> views.view(r, audience, audiences)).toList();
        views.audit(audience, audiences, list.stream().map(PersonnelRecord::getId).toList(), "export");
        audit.success("PERSONNEL_EXPORT", "personnelRecord", null, rows.size() + " 条 " + hidden);
        return workbook.write(rows, hidden, locale);
    }

    private static Specification<PersonnelRecord> matching(PersonnelQuery query, long unitId) {
        return (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("unitId"), unitId));
            if (query.departmentId() != null) {
                where.add(cb.equal(root.get("departmentId"), query.departmentId()));
            }
            like(where, cb, root.get("name"), query.name());
            if (query.sex() != null) {
                where.add(cb.equal(root.get("sex"), query.sex()));
            }
            like(where, cb, root.get("ethnicity"), query.ethnicity());
            if (query.politicalStatus() != null) {
                where.add(cb.equal(root.get("politicalStatus"), query.politicalStatus()));
            }
            if (query.education() != null) {
                where.add(cb.equal(root.get("education"), query.education()));
            }
            like(where, cb, root.get("title"), query.title());
            like(where, cb, root.get("post"), query.post());
            like(where, cb, root.get("school"), query.school());
            String number = IdNumbers.normalized(query.idNumber());
            if (number != null) {
                where.add(cb.equal(root.get("idNumber"), number));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static void like(List<Predicate> where, jakarta.persistence.criteria.CriteriaBuilder cb,
                             jakarta.persistence.criteria.Path<String> column, String text) {
        String pattern = LikePatterns.containingIgnoreCase(text);
        if (pattern != null) {
            where.add(cb.like(cb.lower(column), pattern, '\\'));
        }
    }

    private static Sort order() {
        return Sort.by("departmentId", "name", "id");
    }
}
