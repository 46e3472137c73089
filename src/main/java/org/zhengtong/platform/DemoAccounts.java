package org.zhengtong.platform;

/**
 * For a module's demo runner ({@code zhengtong.demo=true} only): gives a demo account a business role that the
 * module's migration created (the personnel office's 人事处, say), as the security administrator would on the
 * 账号角色 page, and audited the same way. Outside the demo it refuses, so no module grants powers on its own.
 */
public interface DemoAccounts {

    /**
     * Adds the business role to the account's roles, keeping the others.
     *
     * @return true when it was added now; false when the account or the role does not exist or the account holds it
     * @throws IllegalStateException when the demo is off, or the role is one of the built-in ones
     */
    boolean grantBusinessRole(String username, String roleCode);
}
