package org.zhengtong.regulation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A 常用软件 entry with its first version (the installer comes as the request's file). */
public record SoftwareForm(@NotBlank(message = "{regulation.validation.name}") @Size(max = 100) String name,
                           @NotBlank(message = "{regulation.validation.platform}") @Size(max = 50) String platform,
                           Scope scope,
                           @Size(max = 1000) String description,
                           @NotBlank(message = "{regulation.validation.version}") @Size(max = 50) String version,
                           @Size(max = 2000) String notes) {

    public static final String REQUEST_KIND = "regulation-software";

    SoftwareVersionForm firstVersion() {
        return new SoftwareVersionForm(version, notes);
    }
}
