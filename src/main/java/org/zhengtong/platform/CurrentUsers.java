package org.zhengtong.platform;

/** Who is acting in this request; other modules check powers and data scope with it. */
public interface CurrentUsers {

    /** The logged-in user; refuses (HTTP 403) when nobody is logged in. */
    CurrentUser current();
}
