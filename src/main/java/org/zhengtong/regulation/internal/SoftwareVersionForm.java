package org.zhengtong.regulation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new version of a 常用软件 entry: its label, 更新说明, and the installer as the request's file. */
public record SoftwareVersionForm(@NotBlank(message = "{regulation.validation.version}") @Size(max = 50) String version,
                                  @Size(max = 2000) String notes) {

    public static final String REQUEST_KIND = "regulation-software-version";
}
