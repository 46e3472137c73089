package org.zhengtong.platform.internal.security;

import jakarta.persistence.*;

@Entity
@Table(name = "sys_setting")
class Setting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    @Version
    private long version;

    protected Setting() {
    }

    Setting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    String getKey() { return key; }
    String getValue() { return value; }
    void setValue(String value) { this.value = value; }
}
