package org.zhengtong.mail.internal.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.mail.internal.MailService.Composition;
import org.zhengtong.mail.internal.MailService.Draft;

/** The compose form as posted; outside addresses typed in one field, separated by commas or spaces. */
public record ComposeForm(Long draftId, Long forwardOf, String subject, String body, List<String> to, List<String> cc,
                          List<String> bcc, String outside) {

    static ComposeForm of(Draft draft) {
        List<String> internal = draft.to().stream().filter(a -> !a.contains("@")).toList();
        String outside = String.join(", ", draft.to().stream().filter(a -> a.contains("@")).toList());
        return new ComposeForm(draft.draftId(), draft.forwardOf(), draft.subject(), draft.body(), internal,
                draft.cc(), draft.bcc(), outside);
    }

    Composition composition(List<MultipartFile> files) {
        List<String> allTo = Stream.concat(list(to).stream(), outsideAddresses().stream()).toList();
        List<MailService.Upload> uploads = files == null ? List.of() : files.stream()
                .map(f -> new MailService.Upload(f.getOriginalFilename(), f.getSize(), f)).toList();
        return new Composition(subject, body, allTo, list(cc), list(bcc), uploads, forwardOf);
    }

    /** Whether the picker of the field (to, cc, bcc) shows the address ticked. */
    public boolean chosen(String field, String address) {
        List<String> values = switch (field) {
            case "cc" -> list(cc);
            case "bcc" -> list(bcc);
            default -> list(to);
        };
        return values.contains(address);
    }

    private List<String> outsideAddresses() {
        return outside == null || outside.isBlank() ? List.of()
                : Arrays.stream(outside.split("[,;，；\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
