package org.zhengtong.petition.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** 信访事项分类: one code of the list the administrator keeps; a code in use is disabled, never deleted. */
@Entity
@Table(name = "petition_matter")
public class Matter {

    static final int MAX_CODE = 20;
    static final int MAX_NAME = 50;

    @Id
    @Size(max = MAX_CODE)
    private String code;

    @Size(max = MAX_NAME)
    private String name;

    private int sortOrder;
    private boolean enabled = true;

    @Version
    private long version;

    protected Matter() {
    }

    Matter(String code) {
        this.code = code;
    }

    void set(String name, int sortOrder, boolean enabled) {
        this.name = name;
        this.sortOrder = sortOrder;
        this.enabled = enabled;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public int getSortOrder() { return sortOrder; }
    public boolean isEnabled() { return enabled; }
}
