package org.zhengtong.contacts.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.contacts.internal.ContactForm;
import org.zhengtong.contacts.internal.ContactGroup;
import org.zhengtong.contacts.internal.ContactView;
import org.zhengtong.contacts.internal.DirectoryEntry;
import org.zhengtong.contacts.internal.MyContacts;
import org.zhengtong.contacts.internal.PublicDirectory;
import org.zhengtong.contacts.internal.VCards;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.ResultPage;

/** 通讯录 for mobile clients and integrations, under the pages' rules: one's own contacts are one's own alone. */
@RestController
@RequestMapping(path = "/api/v1/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "通讯录", description = "公用通讯录（来自组织机构，可按姓名、拼音首字母或全拼、科室、单位查询；办公电话按设置"
        + " zhengtong.contacts.phone-visibility 显示）和本人的个人通讯录（联系人、分组、vCard 导入导出）。"
        + "个人通讯录只有本人可见：他人的联系人或分组编号对任何人都是 403，并记入审计日志（CONTACTS_OPEN）。")
class ContactsApiController {

    private final PublicDirectory directory;
    private final MyContacts contacts;
    private final VCards vcards;
    private final RequestTransactions transactions;
    private final MessageSource messages;

    ContactsApiController(PublicDirectory directory, MyContacts contacts, VCards vcards,
                          RequestTransactions transactions, MessageSource messages) {
        this.directory = directory;
        this.contacts = contacts;
        this.vcards = vcards;
        this.transactions = transactions;
        this.messages = messages;
    }

    record DirectoryPerson(String username, String name, String unit, String department, String position,
                  String positionName, String officePhone, String mobile, boolean phoneHidden, String room,
                  String email) {
    }

    record GroupSummary(long id, String name) {

        static GroupSummary of(ContactGroup group) {
            return new GroupSummary(group.getId(), group.getName());
        }
    }

    record Contact(long id, boolean linked, String linkedUsername, String name, String organization, String title,
                   String officePhone, String mobile, String email, String address, String note,
                   List<GroupSummary> groups) {

        static Contact of(ContactView c) {
            return new Contact(c.id(), c.linked(), c.linkedUsername(), c.name(), c.organization(), c.title(),
                    c.officePhone(), c.mobile(), c.email(), c.address(), c.note(),
                    c.groups().stream().map(GroupSummary::of).toList());
        }
    }

    record Created(long id) {
    }

    record GroupName(String name) {
    }

    record LinkRequest(String username) {
    }

    record Imported(int imported) {
    }

    @GetMapping("/directory")
    @Operation(summary = "查询公用通讯录", description = "q：姓名、拼音首字母（如 zs）或全拼（如 zhangsan）、科室或单位名称；"
            + "unit：限定单位编号。每页 20 人。")
    ResultPage<DirectoryPerson> directory(@RequestParam(required = false) String q,
                                          @RequestParam(required = false) Long unit,
                                          @RequestParam(defaultValue = "0") int page, Locale locale) {
        return ResultPage.of(directory.search(q, unit, page).map(p -> person(p, locale)));
    }

    @GetMapping("/mine")
    @Operation(summary = "列出我的联系人", description = "q：姓名（也可拼音首字母或全拼，如 zs、zhangsan）、单位、职务、电话、"
            + "电子邮箱或备注中的文字；group：分组编号。每页 20 位。")
    ResultPage<Contact> mine(@RequestParam(required = false) String q, @RequestParam(required = false) Long group,
                             @RequestParam(defaultValue = "0") int page) {
        return ResultPage.of(contacts.search(q, group, page).map(Contact::of));
    }

    @GetMapping("/mine/{id}")
    @Operation(summary = "查看联系人")
    Contact contact(@PathVariable long id) {
        return Contact.of(contacts.contact(id));
    }

    @PostMapping(path = "/mine", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建联系人", description = "groupIds 只能是本人的分组。可带 Idempotency-Key。")
    ResponseEntity<Created> create(@RequestBody ContactForm form, @RequestKey String key) {
        return created("contacts.contact", key, "/api/v1/contacts/mine/{id}", () -> contacts.create(form));
    }

    @PostMapping(path = "/mine/link", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "从公用通讯录加入", description = "加入的联系人随组织机构自动更新，只有备注和分组由本人填写；已加入的不重复加入。")
    ResponseEntity<Created> link(@RequestBody LinkRequest request, @RequestKey String key) {
        return created("contacts.link", key, "/api/v1/contacts/mine/{id}", () -> contacts.link(request.username()));
    }

    @PutMapping(path = "/mine/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改联系人", description = "来自公用通讯录的联系人只改备注和分组。")
    Contact update(@PathVariable long id, @RequestBody ContactForm form) {
        return transactions.act(() -> contacts.update(id, form), () -> Contact.of(contacts.contact(id)));
    }

    @DeleteMapping("/mine/{id}")
    @Operation(summary = "删除联系人")
    ResponseEntity<Void> delete(@PathVariable long id) {
        contacts.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/groups")
    @Operation(summary = "列出我的分组")
    List<GroupSummary> groups() {
        return contacts.groups().stream().map(GroupSummary::of).toList();
    }

    @PostMapping(path = "/groups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建分组", description = "名称不能为空、不能重复，最多 50 个字符。可带 Idempotency-Key。")
    ResponseEntity<Created> createGroup(@RequestBody GroupName request, @RequestKey String key) {
        return created("contacts.group", key, "/api/v1/contacts/groups",
                () -> contacts.createGroup(request.name()).getId());
    }

    @PutMapping(path = "/groups/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "重命名分组")
    ResponseEntity<Void> renameGroup(@PathVariable long id, @RequestBody GroupName request) {
        contacts.renameGroup(id, request.name());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/groups/{id}")
    @Operation(summary = "删除分组", description = "分组中的联系人保留。")
    ResponseEntity<Void> deleteGroup(@PathVariable long id) {
        contacts.deleteGroup(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/mine/vcard", produces = MediaType.ALL_VALUE)
    @Operation(summary = "导出 vCard", description = "本人的全部联系人，或一个分组（group），作为 .vcf 文件下载（vCard 3.0，分组写入 CATEGORIES）。")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long group) {
        return Downloads.attachment("通讯录.vcf", vcards.export(group));
    }

    @PostMapping(path = "/mine/vcard", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入 vCard", description = "每张名片成为一位联系人，CATEGORIES 成为分组。不是 vCard、超过 1 MB 或超过"
            + " 2000 位联系人、或有一位无法导入时拒绝，什么也不保存。")
    Imported importFile(@RequestParam(required = false) MultipartFile file) throws IOException {
        return new Imported(vcards.importFile(file == null ? null : file.getBytes()));
    }

    private ResponseEntity<Created> created(String kind, String key, String location, LongSupplier create) {
        return transactions.createOnce(kind, key, create, id -> ResponseEntity.created(
                ServletUriComponentsBuilder.fromCurrentContextPath().path(location)
                        .buildAndExpand(id).toUri()).body(new Created(id)));
    }

    private DirectoryPerson person(DirectoryEntry p, Locale locale) {
        return new DirectoryPerson(p.username(), p.name(), p.unitName(), p.departmentName(), p.position(),
                messages.getMessage("position." + p.position(), null, p.position(), locale), p.officePhone(),
                p.mobile(), p.phoneHidden(), p.room(), p.email());
    }
}
