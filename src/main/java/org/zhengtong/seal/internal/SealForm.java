package org.zhengtong.seal.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** What the administrator enters for a seal; custodians by username. */
record SealForm(String name, Seal.Kind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, Double diameterMm,
                List<String> custodians) {
}
