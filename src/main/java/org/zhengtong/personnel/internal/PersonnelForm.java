package org.zhengtong.personnel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.platform.IdNumbers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PhoneNumbers;

/**
 * A personnel record as the page, the API and a workbook row give it. {@link #check} turns it into the values to
 * store or refuses it ({@link PersonnelRefused}, 400) with the first problem: an ID number failing GB 11643, a birth
 * date or sex the ID number contradicts, a phone that is not one, a department or person of another unit.
 */
public class PersonnelForm {

    /** The idempotency kind of creating a record. */
    public static final String REQUEST_KIND = "personnel.record";
    static final int MAX_PERIODS = 30;
    static final BigDecimal MAX_SALARY = new BigDecimal("1000000");
    /** A mainland mobile, a landline with its area code (and an extension), or a local 7–8 digit number. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private String username;
    private Long departmentId;
    private String name;
    private Sex sex;
    private String ethnicity;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String idNumber;
    private PoliticalStatus politicalStatus;
    private String title;
    private String post;
    private Education education;
    private String school;
    private String phone;
    private BigDecimal salary;
    private String remarks;
    private List<Period> workHistory = new ArrayList<>();
    /** The version the change was made on; another change saved meanwhile refuses it. */
    private Long version;

    /** One period of 工作经历 as typed: {@code yyyy-MM} months. */
    public static class Period {

        private String from;
        private String to;
        private String organization;
        private String post;

        public Period() {
        }

        public Period(String from, String to, String organization, String post) {
            this.from = from;
            this.to = to;
            this.organization = organization;
            this.post = post;
        }

        boolean blank() {
            return isBlank(from) && isBlank(to) && isBlank(organization) && isBlank(post);
        }

        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
        public String getOrganization() { return organization; }
        public void setOrganization(String organization) { this.organization = organization; }
        public String getPost() { return post; }
        public void setPost(String post) { this.post = post; }
    }

    /** The values to store, checked. */
    record Checked(long departmentId, String username, String name, Sex sex, String ethnicity, LocalDate birthDate,
                   String idNumber, PoliticalStatus politicalStatus, String title, String post, Education education,
                   String school, String phone, BigDecimal salary, String remarks, List<WorkPeriod> workHistory) {
    }

    Checked check(OrgDirectory directory, long unitId) {
        if (departmentId == null || directory.department(departmentId).filter(d -> d.unitId() == unitId).isEmpty()) {
            throw new PersonnelRefused("personnel.error.department");
        }
        String person = trimmed(username);
        String fullName = trimmed(name);
        if (person != null) {
            OrgDirectory.PersonRef ref = directory.person(person).filter(p -> p.unitId() == unitId)
                    .orElseThrow(() -> new PersonnelRefused("personnel.error.person", person));
            if (fullName == null) {
                fullName = ref.name();
            }
        }
        if (fullName == null || fullName.length() > 50) {
            throw new PersonnelRefused("personnel.error.name");
        }
        String number = IdNumbers.normalized(idNumber);
        if (number == null) {
            throw new PersonnelRefused("personnel.error.idNumberNeeded");
        }
        if (!IdNumbers.valid(number)) {
            throw new PersonnelRefused("personnel.error.idNumber", number);
        }
        LocalDate born = IdNumbers.birthDate(number).orElseThrow();
        if (birthDate != null && !birthDate.equals(born)) {
            throw new PersonnelRefused("personnel.error.birthDateMismatch", born.toString());
        }
        Sex numberSex = IdNumbers.male(number) ? Sex.MALE : Sex.FEMALE;
        if (sex != null && sex != numberSex) {
            throw new PersonnelRefused("personnel.error.sexMismatch");
        }
        String phoneNumber = PhoneNumbers.normalized(phone);
        if (trimmed(phone) != null && phoneNumber == null) {
            throw new PersonnelRefused("personnel.error.phone", phone.strip());
        }
        if (salary != null && (salary.signum() < 0 || salary.compareTo(MAX_SALARY) >= 0
                || salary.stripTrailingZeros().scale() > 2)) {
            throw new PersonnelRefused("personnel.error.salary");
        }
        return new Checked(departmentId, person, fullName, numberSex, limited(ethnicity, 20, "ethnicity"), born,
                number, politicalStatus, limited(title, 50, "title"), limited(post, 50, "post"), education,
                limited(school, 100, "school"), phoneNumber, salary == null ? null : salary.setScale(2),
                limited(remarks, 1000, "remarks"), periods());
    }

    private List<WorkPeriod> periods() {
        List<WorkPeriod> periods = new ArrayList<>();
        for (Period p : workHistory == null ? List.<Period>of() : workHistory) {
            if (p == null || p.blank()) {
                continue;
            }
            YearMonth from = month(p.getFrom());
            YearMonth to = isBlank(p.getTo()) ? null : month(p.getTo());
            if (from == null || (to == null && !isBlank(p.getTo())) || (to != null && to.isBefore(from))) {
                throw new PersonnelRefused("personnel.error.period", text(p.getFrom()), text(p.getTo()));
            }
            String organization = trimmed(p.getOrganization());
            if (organization == null || organization.length() > 100) {
                throw new PersonnelRefused("personnel.error.periodOrganization", from.toString());
            }
            periods.add(new WorkPeriod(from.toString(), to == null ? null : to.toString(), organization,
                    limited(p.getPost(), 50, "periodPost")));
        }
        if (periods.size() > MAX_PERIODS) {
            throw new PersonnelRefused("personnel.error.periods", MAX_PERIODS);
        }
        return periods;
    }

    private static YearMonth month(String text) {
        String value = trimmed(text);
        if (value == null || !MONTH.matcher(value).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String limited(String value, int max, String field) {
        String text = trimmed(value);
        if (text != null && text.length() > max) {
            throw new PersonnelRefused("personnel.error.tooLong",
                    new DefaultMessageSourceResolvable(new String[] {"personnel.form." + field}, field), max);
        }
        return text;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String trimmed(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The form of a stored record, to change it. */
    static PersonnelForm of(PersonnelRecord r) {
        PersonnelForm form = new PersonnelForm();
        form.username = r.getUsername();
        form.departmentId = r.getDepartmentId();
        form.name = r.getName();
        form.sex = r.getSex();
        form.ethnicity = r.getEthnicity();
        form.birthDate = r.getBirthDate();
        form.idNumber = r.getIdNumber();
        form.politicalStatus = r.getPoliticalStatus();
        form.title = r.getTitle();
        form.post = r.getPost();
        form.education = r.getEducation();
        form.school = r.getSchool();
        form.phone = r.getPhone();
        form.salary = r.getSalary();
        form.remarks = r.getRemarks();
        form.workHistory = new ArrayList<>(r.getWorkHistory().stream()
                .map(p -> new Period(p.getFrom(), p.getTo(), p.getOrganization(), p.getPost())).toList());
        form.version = r.getVersion();
        return form;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public PoliticalStatus getPoliticalStatus() { return politicalStatus; }
    public void setPoliticalStatus(PoliticalStatus politicalStatus) { this.politicalStatus = politicalStatus; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public Education getEducation() { return education; }
    public void setEducation(Education education) { this.education = education; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public BigDecimal getSalary() { return salary; }
    public void setSalary(BigDecimal salary) { this.salary = salary; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public List<Period> getWorkHistory() { return workHistory; }
    public void setWorkHistory(List<Period> workHistory) { this.workHistory = workHistory == null ? new ArrayList<>() : workHistory; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
