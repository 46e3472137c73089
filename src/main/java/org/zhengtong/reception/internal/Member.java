package org.zhengtong.reception.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the delegation besides its leader. */
@Embeddable
public class Member {

    @Column(name = "name")
    private String name;
    @Column(name = "title")
    private String title;

    protected Member() {
    }

    Member(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public String getName() { return name; }
    public String getTitle() { return title; }
}
