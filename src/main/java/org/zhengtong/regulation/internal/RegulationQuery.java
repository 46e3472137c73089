package org.zhengtong.regulation.internal;

/** The catalogue's filters; each null (or blank) is no filter. {@code text} is matched in title, 文号 and text. */
public record RegulationQuery(RegulationKind kind, RegulationStatus status, String issuer, Integer year,
                              String text) {
}
