package org.zhengtong.mail.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.contacts.PersonalContacts;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.DepartmentRef;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.OrgDirectory.UnitRef;

/**
 * The addresses a mail may go to, from the organization: a person ({@code person:<username>}), a department
 * ({@code department:<id>}), a unit ({@code unit:<id>}), the writer's own unit ({@code myunit}), or an outside
 * e-mail address; and from the writer's own contacts, the same people and addresses and her groups
 * ({@code contactgroup:<id>}). A group is expanded to the people with accounts in it (and a contact group also to its
 * outside addresses) when the mail is sent, never earlier.
 */
@Component
public class AddressBook {

    static final String MY_UNIT = "myunit";
    private static final int MAX_ADDRESS = 200;
    private static final int SHOWN_CHARS = 40;

    /** An entry of the recipient picker; {@code kind} is person, department, unit, contact or contactgroup. */
    public record Choice(String address, String kind, String label) {
    }

    /** An address as resolved: its canonical form, its label, and whom it reaches (people, outside addresses). */
    record Reached(AddressField field, String address, String label, List<PersonRef> people, List<String> emails) {
    }

    private final OrgDirectory directory;
    private final PersonalContacts contacts;
    private final MessageSource messages;

    AddressBook(OrgDirectory directory, PersonalContacts contacts, MessageSource messages) {
        this.directory = directory;
        this.contacts = contacts;
        this.messages = messages;
    }

    /**
     * Everything the picker offers: the writer's unit, her own contact groups and contacts, then every unit,
     * department and person.
     */
    public List<Choice> choices(CurrentUser user) {
        List<Choice> choices = new ArrayList<>();
        if (user.unitId() != null) {
            choices.add(new Choice(MY_UNIT, "unit", text("mail.address.myUnit", user.unitName())));
        }
        contacts.groups(user.username()).forEach(group -> choices.add(new Choice("contactgroup:" + group.id(),
                "contactgroup", text("mail.address.contactGroup", group.name(), group.members().size()))));
        contacts.addressees(user.username()).forEach(contact -> choices.add(contact.username() != null
                ? new Choice("person:" + contact.username(), "contact", contact.name())
                : new Choice(contact.email(), "contact", contact.name() + " <" + contact.email() + ">")));
        List<UnitRef> units = directory.units();
        units.forEach(unit -> choices.add(new Choice("unit:" + unit.id(), "unit", unit.name())));
        for (UnitRef unit : units) {
            directory.departments(unit.id()).forEach(d -> choices.add(
                    new Choice("department:" + d.id(), "department", departmentLabel(d, unit))));
        }
        for (UnitRef unit : units) {
            directory.people(unit.id()).forEach(p -> choices.add(
                    new Choice("person:" + p.username(), "person", p.name() + "（" + unit.displayName() + "）")));
        }
        return choices;
    }

    /** The address as the mail keeps it; refused (400) when it names nobody the organization knows. */
    Reached resolve(AddressField field, String address, CurrentUser writer) {
        String value = address == null ? "" : address.strip();
        if (value.equals(MY_UNIT) && writer.unitId() != null) {
            value = "unit:" + writer.unitId();
        }
        if (value.startsWith("person:")) {
            PersonRef person = directory.person(value.substring("person:".length())).orElseThrow(() -> unknown(address));
            return new Reached(field, value, person.name(), List.of(person), List.of());
        }
        if (value.startsWith("department:")) {
            DepartmentRef department = id(value, "department:").flatMap(directory::department)
                    .orElseThrow(() -> unknown(address));
            UnitRef unit = directory.unit(department.unitId()).orElseThrow(() -> unknown(address));
            List<PersonRef> people = directory.people(unit.id()).stream()
                    .filter(p -> Long.valueOf(department.id()).equals(p.departmentId())).toList();
            return new Reached(field, value, departmentLabel(department, unit), people, List.of());
        }
        if (value.startsWith("unit:")) {
            UnitRef unit = id(value, "unit:").flatMap(directory::unit).orElseThrow(() -> unknown(address));
            return new Reached(field, value, unit.name(), directory.people(unit.id()), List.of());
        }
        if (value.startsWith("contactgroup:")) {
            PersonalContacts.Group group = id(value, "contactgroup:")
                    .flatMap(id -> contacts.group(writer.username(), id)).orElseThrow(() -> unknown(address));
            List<PersonRef> people = group.members().stream().map(PersonalContacts.Addressee::username)
                    .filter(Objects::nonNull).map(directory::person).flatMap(Optional::stream).toList();
            List<String> emails = group.members().stream().map(PersonalContacts.Addressee::email)
                    .filter(Objects::nonNull).map(AddressBook::outsideAddress).toList();
            return new Reached(field, value, group.name(), people, emails);
        }
        if (value.contains("@")) {
            return new Reached(field, value, value, List.of(), List.of(outsideAddress(value)));
        }
        throw unknown(address);
    }

    private static String outsideAddress(String value) {
        try {
            if (value.length() > MAX_ADDRESS) {
                throw new AddressException(value);
            }
            InternetAddress parsed = new InternetAddress(value, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(value)) {
                throw new AddressException(value);
            }
            return parsed.getAddress();
        } catch (AddressException e) {
            throw MailRefused.invalid("mail.error.badAddress", shown(value));
        }
    }

    private static Optional<Long> id(String value, String prefix) {
        try {
            return Optional.of(Long.parseLong(value.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static MailRefused unknown(String address) {
        return MailRefused.invalid("mail.error.unknownAddress", shown(address));
    }

    private static String shown(String value) {
        String text = String.valueOf(value);
        return text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text;
    }

    private static String departmentLabel(DepartmentRef department, UnitRef unit) {
        return department.name() + "（" + unit.displayName() + "）";
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
