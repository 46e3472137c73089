package org.zhengtong.books.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A record of a unit's library catalogue: a book, journal, disc or other material. */
@Entity
@Table(name = "books_book")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Size(max = 200)
    private String title;
    @Size(max = 200)
    private String authors;
    @Size(max = 100)
    private String publisher;
    @Column(name = "publish_year")
    private Integer year;
    @Size(max = 13)
    private String isbn;
    @Size(max = 50)
    private String category;
    @Enumerated(EnumType.STRING)
    private Material material;
    @Size(max = 500)
    private String remarks;
    private Instant createdAt;

    @Version
    private long version;

    protected Book() {
    }

    Book(long unitId, Instant createdAt) {
        this.unitId = unitId;
        this.createdAt = createdAt;
    }

    /** The record as the form gives it, the ISBN already checked and normalized. */
    void describe(BookForm form, String isbn) {
        this.title = form.title().strip();
        this.authors = BooksService.blankToNull(form.authors());
        this.publisher = BooksService.blankToNull(form.publisher());
        this.year = form.year();
        this.isbn = isbn;
        this.category = form.category().strip();
        this.material = form.material() == null ? Material.BOOK : form.material();
        this.remarks = BooksService.blankToNull(form.remarks());
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public String getAuthors() { return authors; }
    public String getPublisher() { return publisher; }
    public Integer getYear() { return year; }
    public String getIsbn() { return isbn; }
    public String getCategory() { return category; }
    public Material getMaterial() { return material; }
    public String getRemarks() { return remarks; }
    public Instant getCreatedAt() { return createdAt; }
}
