package org.zhengtong.mail.internal;

/** 收件人, 抄送, 密送; in this order a person named twice is reached by the first. */
public enum AddressField {
    TO, CC, BCC
}
