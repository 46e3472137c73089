package org.zhengtong.workflow;

/**
 * What the kit asks the module that owns a business key ({@code <module>:<id>}) before acting on its tasks,
 * registered by that module as a Spring bean: whether the current user may see the object, and whether a person may
 * be handed one of its tasks. The module answers with its own rules (participation, clearance…) and its own audit.
 */
public interface BusinessAccess {

    /** The prefix of the keys it answers for: {@code document} for {@code document:42}. */
    String module();

    /**
     * Refuses when the current user may not see the object: {@link org.springframework.security.access.AccessDeniedException}
     * (403), or {@link org.zhengtong.platform.NotFoundException} when there is no such object.
     */
    void requireRead(String businessKey);

    /**
     * Refuses with the reason ({@link org.zhengtong.platform.BusinessRuleException}) when the person may not be
     * handed a task of the object (转交, 加签, reassignment), e.g. because their clearance is below its 密级.
     */
    void requireAssignable(String businessKey, String username);

    /** Whether the person may be handed a task of the object: whom the pages offer for 转交, 加签 and reassignment. */
    boolean assignable(String businessKey, String username);

    /**
     * Whether the person may urge (催办) the object's open tasks without having taken part in its process, because the
     * module makes them answerable for it: every member of a task force's office chases what the office handed out.
     * Participants, workflow administrators and the leaders a task was escalated to may urge anyway.
     */
    default boolean mayUrge(String businessKey, String username) {
        return false;
    }

    /** The object's page, where a page action returns to. */
    String link(String businessKey);

    /** The module prefix of a business key. */
    static String moduleOf(String businessKey) {
        int colon = businessKey == null ? -1 : businessKey.indexOf(':');
        return colon < 0 ? "" : businessKey.substring(0, colon);
    }
}
