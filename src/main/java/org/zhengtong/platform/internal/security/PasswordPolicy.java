package org.zhengtong.platform.internal.security;

import org.springframework.stereotype.Component;
import org.zhengtong.platform.BusinessRuleException;

/** 等保 2.0 三级: at least 8 characters from at least 3 of the 4 classes (upper, lower, digit, symbol). */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    public void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new BusinessRuleException("error.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            throw new BusinessRuleException("error.password.classes");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new BusinessRuleException("error.password.containsUsername");
        }
    }
}
