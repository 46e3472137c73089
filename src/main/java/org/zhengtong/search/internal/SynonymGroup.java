package org.zhengtong.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** One line of the 同义词 dictionary: words and phrases that mean the same, separated by commas. */
@Entity
@Table(name = "search_synonym_group")
class SynonymGroup {

    static final int MAX_LENGTH = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_LENGTH)
    @Size(max = MAX_LENGTH)
    private String words;

    protected SynonymGroup() {
    }

    SynonymGroup(String words) {
        this.words = words;
    }

    String getWords() {
        return words;
    }
}
