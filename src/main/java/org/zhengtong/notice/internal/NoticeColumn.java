package org.zhengtong.notice.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A column (栏目) of a unit: its publishers, reviewers and audience. */
@Entity
@Table(name = "nt_column")
public class NoticeColumn {

    static final int MAX_NAME = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    @Size(max = MAX_NAME)
    private String name;

    private int sortOrder;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nt_column_member", joinColumns = @JoinColumn(name = "column_id"))
    private Set<ColumnMember> members = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nt_column_audience", joinColumns = @JoinColumn(name = "column_id"))
    private Set<Audience> audience = new HashSet<>();

    @Version
    private long version;

    protected NoticeColumn() {
    }

    NoticeColumn(long unitId, Instant createdAt) {
        this.unitId = unitId;
        this.createdAt = createdAt;
    }

    void describe(String name, int sortOrder, Set<ColumnMember> members, Set<Audience> audience) {
        this.name = name;
        this.sortOrder = sortOrder;
        this.members.clear();
        this.members.addAll(members);
        this.audience.clear();
        this.audience.addAll(audience);
    }

    List<String> usernames(ColumnMember.MemberRole role) {
        return members.stream().filter(m -> m.memberRole() == role).map(ColumnMember::username).sorted().toList();
    }

    boolean has(ColumnMember.MemberRole role, String username) {
        return members.contains(new ColumnMember(role, username));
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    Set<Audience> getAudience() {
        return audience;
    }
}
