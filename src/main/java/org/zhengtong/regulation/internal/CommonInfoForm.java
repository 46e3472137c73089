package org.zhengtong.regulation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A 常用信息 entry; a link's address must be http or https. */
public record CommonInfoForm(@NotNull(message = "{regulation.validation.category}") InfoCategory category,
                             Scope scope,
                             @NotBlank(message = "{regulation.validation.title}") @Size(max = 200) String title,
                             @Size(max = 500) String url,
                             @Size(max = 2000) String text) {

    public static final String REQUEST_KIND = "regulation-info";
}
