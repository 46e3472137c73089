package org.zhengtong.books.internal;

/** What a catalogue record is: 图书, 期刊, 光盘 or other 资料. */
public enum Material {
    BOOK, JOURNAL, DISC, OTHER;

    public String messageKey() {
        return "books.material." + name();
    }
}
