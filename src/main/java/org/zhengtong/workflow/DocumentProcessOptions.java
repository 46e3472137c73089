package org.zhengtong.workflow;

import java.util.Map;

/**
 * What the process designer offers for scopes and node conditions. The document module describes its 公文 here;
 * the codes are the values of the process variables {@code documentType}, {@code classification} and
 * {@code urgency} it sets on every document process. Maps are code → Chinese label, in order.
 */
public interface DocumentProcessOptions {

    Map<String, String> documentTypes();

    /** 密级, lowest first: a condition "密级 ≥ X" takes X and every code after it. */
    Map<String, String> classifications();

    Map<String, String> urgencies();
}
