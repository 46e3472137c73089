package org.zhengtong.platform.internal.org;

import jakarta.persistence.*;
import org.zhengtong.platform.Clearance;

@Entity
@Table(name = "org_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    private String name;

    @Enumerated(EnumType.STRING)
    private Position position;

    private String phone;
    private String mobile;
    private String room;
    private String email;

    @Enumerated(EnumType.STRING)
    private Clearance clearance = Clearance.NONE;

    private int sortOrder;
    private boolean enabled = true;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Unit unit, Department department, String name, Position position, int sortOrder) {
        this.unit = unit;
        this.department = department;
        this.name = name;
        this.position = position;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public Department getDepartment() { return department; }
    public void setDepartment(Department department) { this.department = department; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Position getPosition() { return position; }
    public void setPosition(Position position) { this.position = position; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getRoom() { return room; }
    public void setRoom(String room) { this.room = room; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Clearance getClearance() { return clearance; }
    public void setClearance(Clearance clearance) { this.clearance = clearance; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public long getVersion() { return version; }
}
