package org.zhengtong.sharedfile.internal;

/** What a version's bytes are, as far as previews go: the first four are shown in the browser, the rest downloaded. */
public enum Media {
    PDF, IMAGE, AUDIO, VIDEO, OTHER;

    public boolean previewed() {
        return this != OTHER;
    }
}
