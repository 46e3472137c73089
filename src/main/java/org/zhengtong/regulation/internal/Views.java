package org.zhengtong.regulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhengtong.platform.Classification;

/** What the pages and the API show: names of units and people, the derived status, the files' SHA-256. */
public final class Views {

    private Views() {
    }

    /** A regulation in a list. */
    public record RegulationRow(long id, RegulationKind kind, Scope scope, String title, String issuer,
                                String docNumber, LocalDate issuedOn, LocalDate effectiveOn, LocalDate repealedOn,
                                RegulationStatus status, Classification classification, String unitName) {
    }

    /** Another version named by a link, shown only to those who may read it. */
    public record Link(long id, String title, String docNumber, RegulationStatus status) {
    }

    public record FileView(long id, String name, long size, String sha256) {
    }

    /** A regulation's page: the row, the cleaned text, the versions it links to and its files. */
    public record RegulationView(RegulationRow regulation, String body, Link revises, Link revisedBy,
                                 Link repealedBy, List<Link> repeals, List<FileView> files, String createdByName,
                                 Instant updatedAt, boolean mayManage) {
    }

    public record InfoView(long id, InfoCategory category, Scope scope, String title, String url, String text,
                           String unitName, boolean mayManage) {
    }

    public record VersionView(long id, String version, String notes, String fileName, long size, String sha256,
                              String uploadedByName, Instant uploadedAt) {
    }

    public record SoftwareView(long id, String name, String platform, Scope scope, String description,
                               String unitName, VersionView latest, List<VersionView> versions, boolean mayManage) {
    }

    /** A file on its way out, for {@code platform.Downloads}. */
    public record Download(String name, long size, java.io.InputStream content) {
    }
}
