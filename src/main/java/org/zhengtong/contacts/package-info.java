/**
 * 通讯录: the public directory (公用通讯录) read straight from the organization, searchable by name, pinyin and
 * department, with phone numbers shown as the installation decides; and each person's own contacts (个人通讯录) in
 * groups of their own, with vCard import and export. A person's contacts are theirs alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "通讯录")
package org.zhengtong.contacts;
