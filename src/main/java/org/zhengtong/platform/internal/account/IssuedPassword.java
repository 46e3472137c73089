package org.zhengtong.platform.internal.account;

/** An initial password, shown once to the administrator who created or reset the account. */
public record IssuedPassword(Long accountId, String username, String initialPassword) {
}
