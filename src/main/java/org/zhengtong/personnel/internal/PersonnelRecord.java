package org.zhengtong.personnel.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An employee's personnel record (人事档案) in a unit, linked to the organization's person by username when the person
 * has an account. Who sees which field is {@link FieldVisibility}'s business; this class only holds the values.
 */
@Entity
@Table(name = "personnel_record")
public class PersonnelRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private long departmentId;
    @Size(max = 40)
    private String username;
    @Size(max = 50)
    @Column(name = "full_name")
    private String name;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Size(max = 20)
    private String ethnicity;
    private LocalDate birthDate;
    @Size(max = 18)
    private String idNumber;
    @Enumerated(EnumType.STRING)
    private PoliticalStatus politicalStatus;
    @Size(max = 50)
    @Column(name = "professional_title")
    private String title;
    @Size(max = 50)
    private String post;
    @Enumerated(EnumType.STRING)
    private Education education;
    @Size(max = 100)
    private String school;
    @Size(max = 30)
    private String phone;
    private BigDecimal salary;
    @Size(max = 1000)
    private String remarks;
    @Size(max = 200)
    private String photoKey;
    @Size(max = 200)
    private String photoName;
    @Size(max = 40)
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "personnel_work_period", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "sort_order")
    private List<WorkPeriod> workHistory = new ArrayList<>();

    @Version
    private long version;

    protected PersonnelRecord() {
    }

    PersonnelRecord(long unitId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void apply(PersonnelForm.Checked form, Instant now) {
        this.departmentId = form.departmentId();
        this.username = form.username();
        this.name = form.name();
        this.sex = form.sex();
        this.ethnicity = form.ethnicity();
        this.birthDate = form.birthDate();
        this.idNumber = form.idNumber();
        this.politicalStatus = form.politicalStatus();
        this.title = form.title();
        this.post = form.post();
        this.education = form.education();
        this.school = form.school();
        this.phone = form.phone();
        this.salary = form.salary();
        this.remarks = form.remarks();
        this.workHistory.clear();
        this.workHistory.addAll(form.workHistory());
        this.updatedAt = now;
    }

    void photo(String key, String fileName, Instant now) {
        this.photoKey = key;
        this.photoName = fileName;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public Sex getSex() {
        return sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public PoliticalStatus getPoliticalStatus() {
        return politicalStatus;
    }

    public String getTitle() {
        return title;
    }

    public String getPost() {
        return post;
    }

    public Education getEducation() {
        return education;
    }

    public String getSchool() {
        return school;
    }

    public String getPhone() {
        return phone;
    }

    public BigDecimal getSalary() {
        return salary;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getPhotoKey() {
        return photoKey;
    }

    public String getPhotoName() {
        return photoName;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<WorkPeriod> getWorkHistory() {
        return workHistory;
    }

    public long getVersion() {
        return version;
    }
}
