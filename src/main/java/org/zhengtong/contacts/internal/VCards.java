package org.zhengtong.contacts.internal;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;

/**
 * vCard (.vcf) export and import of one's own contacts, version 3.0, which phones and mail programs in use read.
 * The groups travel as {@code CATEGORIES}. An import is all or nothing: a file that is no vCard, too large, with too
 * many cards or with one card the form would refuse saves nothing.
 */
@Service
public class VCards {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_CARDS = 2000;
    private static final Logger log = LoggerFactory.getLogger(VCards.class);

    private final MyContacts contacts;
    private final Validator validator;
    private final AuditLog audit;

    VCards(MyContacts contacts, Validator validator, AuditLog audit) {
        this.contacts = contacts;
        this.validator = validator;
        this.audit = audit;
    }

    /** The owner's contacts, or one group's, as vCard text in UTF-8. */
    @Transactional(readOnly = true)
    public byte[] export(Long groupId) {
        List<VCard> cards = contacts.all(groupId).stream().map(VCards::card).toList();
        return Ezvcard.write(cards).version(VCardVersion.V3_0).prodId(false).go().getBytes(StandardCharsets.UTF_8);
    }

    /** Each card becomes a new contact of the owner, in the groups its categories name: the number imported. */
    @Transactional
    public int importFile(byte[] file) {
        if (file == null || file.length == 0) {
            throw new BusinessRuleException("contacts.error.vcardEmpty");
        }
        if (file.length > MAX_BYTES) {
            throw new BusinessRuleException("contacts.error.vcardTooLarge", MAX_BYTES / 1024 / 1024);
        }
        List<VCard> cards = read(new String(file, StandardCharsets.UTF_8));
        for (int i = 0; i < cards.size(); i++) {
            ContactForm form = form(cards.get(i)).cleaned();
            Set<ConstraintViolation<ContactForm>> violations = validator.validate(form);
            if (!violations.isEmpty()) {
                throw new BusinessRuleException("contacts.error.vcardCard", i + 1, violations.stream()
                        .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                        .collect(Collectors.joining("；")));
            }
            List<Long> groupIds = groupNames(cards.get(i)).map(name -> contacts.groupNamed(name).getId()).toList();
            contacts.save(new ContactForm(form.name(), form.organization(), form.title(), form.officePhone(),
                    form.mobile(), form.email(), form.address(), form.note(), groupIds));
        }
        audit.success("CONTACTS_IMPORT", "contacts", cards.size(), "vCard");
        return cards.size();
    }

    /** The cards of the text, stopping as soon as there are too many rather than reading them all. */
    private static List<VCard> read(String text) {
        if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length())) {
            throw new BusinessRuleException("contacts.error.notVcard");
        }
        List<VCard> cards = new ArrayList<>();
        try (VCardReader reader = new VCardReader(text)) {
            VCard card;
            while ((card = reader.readNext()) != null) {
                if (cards.size() == MAX_CARDS) {
                    throw new BusinessRuleException("contacts.error.vcardTooMany", MAX_CARDS);
                }
                cards.add(card);
            }
        } catch (IOException e) {
            log.info("unreadable vCard upload", e);
            throw new BusinessRuleException("contacts.error.notVcard");
        }
        if (cards.isEmpty()) {
            throw new BusinessRuleException("contacts.error.notVcard");
        }
        return cards;
    }

    private static VCard card(ContactView contact) {
        VCard card = new VCard();
        card.setFormattedName(contact.name());
        StructuredName name = new StructuredName();
        name.setFamily(contact.name());
        card.setStructuredName(name);
        if (contact.organization() != null) {
            card.setOrganization(contact.organization());
        }
        if (contact.title() != null) {
            card.addTitle(contact.title());
        }
        if (contact.officePhone() != null) {
            card.addTelephoneNumber(contact.officePhone(), TelephoneType.WORK, TelephoneType.VOICE);
        }
        if (contact.mobile() != null) {
            card.addTelephoneNumber(contact.mobile(), TelephoneType.CELL);
        }
        if (contact.email() != null) {
            card.addEmail(contact.email());
        }
        if (contact.address() != null) {
            Address address = new Address();
            address.setStreetAddress(contact.address());
            card.addAddress(address);
        }
        if (contact.note() != null) {
            card.addNote(contact.note());
        }
        if (!contact.groups().isEmpty()) {
            Categories categories = new Categories();
            contact.groups().forEach(g -> categories.getValues().add(g.getName()));
            card.setCategories(categories);
        }
        return card;
    }

    private static ContactForm form(VCard card) {
        String name = card.getFormattedName() != null ? card.getFormattedName().getValue() : structuredName(card);
        Organization organization = card.getOrganization();
        List<Telephone> phones = card.getTelephoneNumbers();
        Telephone mobile = phones.stream().filter(t -> t.getTypes().contains(TelephoneType.CELL)).findFirst()
                .orElse(null);
        Telephone office = phones.stream().filter(t -> t != mobile).findFirst().orElse(null);
        return new ContactForm(name,
                organization == null ? null : String.join(" ", organization.getValues()),
                card.getTitles().stream().map(Title::getValue).filter(Objects::nonNull).findFirst().orElse(null),
                number(office), number(mobile),
                card.getEmails().stream().map(Email::getValue).filter(Objects::nonNull).findFirst().orElse(null),
                card.getAddresses().stream().findFirst().map(VCards::addressLine).orElse(null),
                card.getNotes().stream().map(n -> n.getValue()).filter(Objects::nonNull).findFirst().orElse(null),
                List.of());
    }

    private static String structuredName(VCard card) {
        StructuredName name = card.getStructuredName();
        return name == null ? null : Stream.of(name.getFamily(), name.getGiven()).filter(Objects::nonNull)
                .collect(Collectors.joining());
    }

    private static String number(Telephone phone) {
        if (phone == null) {
            return null;
        }
        return phone.getText() != null ? phone.getText() : phone.getUri() == null ? null : phone.getUri().getNumber();
    }

    private static String addressLine(Address address) {
        return Stream.of(address.getCountry(), address.getRegion(), address.getLocality(), address.getStreetAddress(),
                        address.getExtendedAddress(), address.getPoBox())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    }

    private static Stream<String> groupNames(VCard card) {
        Categories categories = card.getCategories();
        return categories == null ? Stream.empty()
                : categories.getValues().stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct();
    }
}
