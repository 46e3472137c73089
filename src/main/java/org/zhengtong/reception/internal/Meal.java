package org.zhengtong.reception.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A planned 工作餐: its guests and 陪餐 people at a standard per person (元). */
@Embeddable
public class Meal {

    @Column(name = "meal_date")
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private MealKind kind;
    private int guests;
    private int hosts;
    private BigDecimal standard;

    protected Meal() {
    }

    Meal(LocalDate date, MealKind kind, int guests, int hosts, BigDecimal standard) {
        this.date = date;
        this.kind = kind;
        this.guests = guests;
        this.hosts = hosts;
        this.standard = standard;
    }

    public LocalDate getDate() { return date; }
    public MealKind getKind() { return kind; }
    public int getGuests() { return guests; }
    public int getHosts() { return hosts; }
    public BigDecimal getStandard() { return standard; }

    /** What the meal is planned to cost: everyone at the table at the standard. */
    public BigDecimal getPlannedCost() {
        return standard.multiply(BigDecimal.valueOf((long) guests + hosts));
    }
}
