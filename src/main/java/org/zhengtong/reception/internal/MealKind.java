package org.zhengtong.reception.internal;

/** 早餐, 午餐, 晚餐 (工作餐). */
public enum MealKind {
    BREAKFAST, LUNCH, DINNER;

    public String messageKey() {
        return "reception.meal.kind." + name();
    }
}
