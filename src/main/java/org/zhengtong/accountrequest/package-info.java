/**
 * 账号申请: a unit administrator applies for an OA account for one of their people (who, position, reason), a system
 * administrator approves or rejects it on the workflow engine (process {@code account-application}, business key
 * {@code account-application:<id>}). Approval opens the account through the platform's
 * {@link org.zhengtong.platform.AccountOpening}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account requests")
package org.zhengtong.accountrequest;
