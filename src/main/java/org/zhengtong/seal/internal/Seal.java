package org.zhengtong.seal.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** 电子印章 of a unit: its name and kind, image, custodians (保管人), validity and keys. */
@Entity
@Table(name = "seal_seal")
public class Seal {

    public enum Kind { OFFICIAL, CONTRACT, FINANCE, SPECIAL }

    public enum Status { ENABLED, DISABLED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unitId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate validFrom;
    private LocalDate validTo;
    private double diameterMm;
    /** The PNG, base64. */
    private String imagePng;
    /** PKCS#12 (base64) with the SM2 and the PDF key, protected by the installation's key password. */
    private String keystore;
    @Column(name = "sm2_subject")
    private String sm2Subject;
    private String pdfSubject;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seal_custodian", joinColumns = @JoinColumn(name = "seal_id"))
    @Column(name = "username")
    private Set<String> custodians = new TreeSet<>();

    protected Seal() {
    }

    Seal(long unitId, String name, Kind kind, LocalDate validFrom, LocalDate validTo, double diameterMm,
         String imagePng, Instant now) {
        this.unitId = unitId;
        this.name = name;
        this.kind = kind;
        this.status = Status.ENABLED;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.diameterMm = diameterMm;
        this.imagePng = imagePng;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean validOn(LocalDate day) {
        return status == Status.ENABLED && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    void describe(String name, Kind kind, LocalDate validFrom, LocalDate validTo, double diameterMm, Instant now) {
        this.name = name;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.diameterMm = diameterMm;
        this.updatedAt = now;
    }

    void keys(String keystore, String sm2Subject, String pdfSubject, Instant now) {
        this.keystore = keystore;
        this.sm2Subject = sm2Subject;
        this.pdfSubject = pdfSubject;
        this.updatedAt = now;
    }

    void image(String imagePng, Instant now) {
        this.imagePng = imagePng;
        this.updatedAt = now;
    }

    void status(Status status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void custodians(Set<String> usernames, Instant now) {
        custodians.clear();
        custodians.addAll(usernames);
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getName() { return name; }
    public Kind getKind() { return kind; }
    public Status getStatus() { return status; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public double getDiameterMm() { return diameterMm; }
    public String getImagePng() { return imagePng; }
    public String getKeystore() { return keystore; }
    public String getSm2Subject() { return sm2Subject; }
    public String getPdfSubject() { return pdfSubject; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<String> getCustodians() { return custodians; }
}
