package org.zhengtong.document.internal;

import jakarta.persistence.*;

/** 常用意见: a phrase a person writes often ("同意", "请办公室核稿" …). */
@Entity
@Table(name = "doc_common_phrase")
class CommonPhrase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String text;
    private int sortOrder;

    protected CommonPhrase() {
    }

    CommonPhrase(String username, String text, int sortOrder) {
        this.username = username;
        this.text = text;
        this.sortOrder = sortOrder;
    }

    void change(String text, int sortOrder) {
        this.text = text;
        this.sortOrder = sortOrder;
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getText() { return text; }
    int getSortOrder() { return sortOrder; }
}
