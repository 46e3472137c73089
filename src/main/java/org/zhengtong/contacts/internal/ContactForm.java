package org.zhengtong.contacts.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A contact as its owner writes it, on the page, through the API or from a vCard. For a contact linked to the
 * directory only the note and the groups are the owner's; the rest comes from the organization.
 */
public record ContactForm(
        @NotBlank(message = "{contacts.error.nameRequired}") @Size(max = 100, message = SIZE) String name,
        @Size(max = 200, message = SIZE) String organization,
        @Size(max = 100, message = SIZE) String title,
        @Size(max = 40, message = SIZE) @Pattern(regexp = PHONE, message = "{contacts.error.phone}") String officePhone,
        @Size(max = 40, message = SIZE) @Pattern(regexp = PHONE, message = "{contacts.error.phone}") String mobile,
        @Size(max = 200, message = SIZE) @Email(message = "{validation.email}") String email,
        @Size(max = 300, message = SIZE) String address,
        @Size(max = 1000, message = SIZE) String note,
        List<Long> groupIds) {

    private static final String SIZE = "{validation.size}";

    /** Digits with the separators people write: +86 10-1234 5678, (010)12345678, 8888 转 123. */
    static final String PHONE = "^$|[0-9+()\\- 转#*]{1,40}";

    /** Blank fields become absent ones, and text is trimmed, so that an empty field is never stored as "". */
    public ContactForm cleaned() {
        return new ContactForm(clean(name), clean(organization), clean(title), clean(officePhone), clean(mobile),
                clean(email), clean(address), clean(note), groupIds == null ? List.of() : List.copyOf(groupIds));
    }

    public static ContactForm empty() {
        return new ContactForm(null, null, null, null, null, null, null, null, List.of());
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
