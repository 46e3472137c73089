package org.zhengtong.forum.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

/** A board (版块): its audience (the whole city, or units by id), its moderators and whether one may post as 匿名. */
@Entity
@Table(name = "fm_board")
public class ForumBoard {

    static final int MAX_NAME = 60;
    static final int MAX_DESCRIPTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = MAX_NAME)
    private String name;

    @Size(max = MAX_DESCRIPTION)
    private String description;

    private boolean city;

    private boolean anonymousAllowed;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fm_board_unit", joinColumns = @JoinColumn(name = "board_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fm_board_moderator", joinColumns = @JoinColumn(name = "board_id"))
    @Column(name = "username")
    private Set<String> moderators = new HashSet<>();

    @Version
    private long version;

    protected ForumBoard() {
    }

    ForumBoard(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void describe(String name, String description, boolean city, Set<Long> unitIds, Set<String> moderators,
                  boolean anonymousAllowed) {
        this.name = name;
        this.description = description;
        this.city = city;
        this.unitIds.clear();
        this.unitIds.addAll(unitIds);
        this.moderators.clear();
        this.moderators.addAll(moderators);
        this.anonymousAllowed = anonymousAllowed;
    }

    /** Whether a person of this unit (null for none) is in the board's audience. */
    boolean admits(Long unitId) {
        return unitId != null && (city || unitIds.contains(unitId));
    }

    boolean moderatedBy(String username) {
        return moderators.contains(username);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isCity() {
        return city;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public List<Long> unitIds() {
        return unitIds.stream().sorted().toList();
    }

    public List<String> moderators() {
        return moderators.stream().sorted().toList();
    }
}
