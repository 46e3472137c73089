package org.zhengtong.sharedfile.internal;

/** What a folder holds; a folder's sub-folders share its category. 正规文件 are the unit's 发文, by year. */
public enum Category {
    FORMAL, GUIDE, PLAN, BRIEFING, MINUTES, CHRONICLE, NEWS, OUTSIDE, LITERATURE, MEDIA
}
