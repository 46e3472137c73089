package org.zhengtong.platform.internal.account;

import org.zhengtong.platform.internal.org.Position;

/** A person of a unit who has no account yet: a choice on the create-account form. */
public record AccountCandidate(Long personId, String name, Position position, String departmentName) {
}
