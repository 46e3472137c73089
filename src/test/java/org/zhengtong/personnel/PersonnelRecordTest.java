package org.zhengtong.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengtong.personnel.PersonnelTestKit.COLLEAGUE;
import static org.zhengtong.personnel.PersonnelTestKit.OFFICE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.personnel.internal.PersonnelField;
import org.zhengtong.personnel.internal.PersonnelForm;
import org.zhengtong.personnel.internal.PersonnelService;
import org.zhengtong.personnel.internal.RecordView;
import org.zhengtong.personnel.internal.Sex;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;

/**
 * A record's rules: the ID number (GB 11643 check digit) decides the birth date and sex, which must agree with it; a
 * phone must be one; the department must be the unit's; each refusal is 400 with a Chinese message and saves
 * nothing. Changes go into the history field by field; of two changes made on the same version only one wins.
 */
@IntegrationTest
class PersonnelRecordTest {

    @Autowired AsUser as;
    @Autowired PersonnelService service;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingSaved() {
        LocalDate born = LocalDate.of(1979, 9, 9);
        String number = PersonnelTestKit.idNumber(born, true);
        long before = PersonnelTestKit.count(jdbc);

        refused(PersonnelTestKit.form(directory, "甲", PersonnelTestKit.wrongCheck(number)), "personnel.error.idNumber");
        refused(PersonnelTestKit.form(directory, "甲", "43100219790909123"), "personnel.error.idNumber");
        PersonnelForm wrongBirth = PersonnelTestKit.form(directory, "甲", number);
        wrongBirth.setBirthDate(born.plusDays(1));
        refused(wrongBirth, "personnel.error.birthDateMismatch");
        PersonnelForm wrongSex = PersonnelTestKit.form(directory, "甲", number);
        wrongSex.setSex(Sex.FEMALE);
        refused(wrongSex, "personnel.error.sexMismatch");
        for (String phone : List.of("12345", "1397350000", "电话", "0735-22")) {
            PersonnelForm badPhone = PersonnelTestKit.form(directory, "甲", number);
            badPhone.setPhone(phone);
            refused(badPhone, "personnel.error.phone");
        }
        PersonnelForm otherUnit = PersonnelTestKit.form(directory, "甲", number);
        otherUnit.setDepartmentId(PersonnelTestKit.department(directory, "mzj", "社会救助科"));
        refused(otherUnit, "personnel.error.department");
        PersonnelForm badPeriod = PersonnelTestKit.form(directory, "甲", number);
        badPeriod.getWorkHistory().add(new PersonnelForm.Period("2020-13", null, "某单位", null));
        refused(badPeriod, "personnel.error.period");
        assertThat(PersonnelTestKit.count(jdbc)).isEqualTo(before);

        long id = PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, TestUsers.unique("乙"),
                number.toLowerCase(Locale.ROOT)));
        RecordView saved = as.call(OFFICE, () -> service.view(id, "test"));
        assertThat(saved.birthDate()).isEqualTo(born);
        assertThat(saved.sex()).isEqualTo(Sex.MALE);
        assertThat(saved.idNumber()).isEqualTo(number);
        assertThatThrownBy(() -> PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, "丙", number)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("personnel.error.idNumberTaken"));
    }

    @Test
    void changesAreKeptFieldByFieldAndConfidentialValuesMaskedForColleagues() {
        String number = PersonnelTestKit.idNumber(PersonnelTestKit.randomBirthDate(), false);
        long id = PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, TestUsers.unique("丁"), number));
        PersonnelForm form = as.call(OFFICE, () -> service.form(id));
        form.setTitle("高级经济师");
        form.setSalary(new java.math.BigDecimal("9999"));
        as.run(OFFICE, () -> service.update(id, form));

        List<PersonnelService.ChangeView> office = as.call(OFFICE, () -> service.history(id, Locale.SIMPLIFIED_CHINESE));
        assertThat(office.subList(0, 2)).extracting(PersonnelService.ChangeView::field)
                .containsExactlyInAnyOrder(PersonnelField.TITLE, PersonnelField.SALARY);
        assertThat(office).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo(PersonnelField.SALARY);
            assertThat(c.oldValue()).isEqualTo("8765.43");
            assertThat(c.newValue()).isEqualTo("9999.00");
            assertThat(c.by()).isNotEqualTo(OFFICE);
        });
        List<PersonnelService.ChangeView> colleague = as.call(COLLEAGUE,
                () -> service.history(id, Locale.SIMPLIFIED_CHINESE));
        assertThat(colleague).filteredOn(c -> c.field() == PersonnelField.SALARY || c.field() == PersonnelField.ID_NUMBER)
                .isNotEmpty().allSatisfy(c -> {
                    assertThat(c.masked()).isTrue();
                    assertThat(c.oldValue()).isEqualTo("******");
                    assertThat(c.newValue()).isEqualTo("******");
                });
        assertThat(colleague).filteredOn(c -> c.field() == PersonnelField.TITLE).first()
                .satisfies(c -> assertThat(c.newValue()).isEqualTo("高级经济师"));
        assertThat(colleague.toString()).doesNotContain(number, "9999");
    }

    @Test
    void ofTwoChangesOnTheSameVersionOnlyOneWins() throws Exception {
        long id = PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, TestUsers.unique("戊"),
                PersonnelTestKit.idNumber(PersonnelTestKit.randomBirthDate(), true)));
        PersonnelForm first = as.call(OFFICE, () -> service.form(id));
        PersonnelForm second = as.call(OFFICE, () -> service.form(id));
        first.setPost("科长");
        second.setPost("副科长");
        CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> saved(id, first));
        CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> saved(id, second));
        assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void ofTwoRecordsOfOneIdNumberCreatedAtOnceOnlyOneIsSaved() throws Exception {
        String number = PersonnelTestKit.idNumber(PersonnelTestKit.randomBirthDate(), false);
        List<CompletableFuture<String>> attempts = List.of("己", "庚").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> {
                    try {
                        PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, name, number));
                        return "saved";
                    } catch (BusinessRuleException e) {
                        return e.messageKey();
                    }
                })).toList();
        List<String> outcomes = List.of(attempts.get(0).get(), attempts.get(1).get());
        assertThat(outcomes).containsOnlyOnce("saved");
        assertThat(outcomes).containsAnyOf("personnel.error.savedMeanwhile", "personnel.error.idNumberTaken");
        assertThat(jdbc.queryForObject("select count(*) from personnel_record where id_number = ?", Long.class,
                number)).isOne();
    }

    private boolean saved(long id, PersonnelForm form) {
        try {
            as.run(OFFICE, () -> service.update(id, form));
            return true;
        } catch (BusinessRuleException e) {
            assertThat(e.messageKey()).isEqualTo("personnel.error.changedMeanwhile");
            return false;
        }
    }

    private void refused(PersonnelForm form, String key) {
        assertThatThrownBy(() -> PersonnelTestKit.create(as, service, form))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                });
    }
}
