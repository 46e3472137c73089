package org.zhengtong.personnel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** One period of 工作经历: from and to as {@code yyyy-MM} (to empty while it lasts), where, and as what. */
@Embeddable
public class WorkPeriod {

    @Size(max = 7)
    @Column(name = "from_month")
    private String from;
    @Size(max = 7)
    @Column(name = "to_month")
    private String to;
    @Size(max = 100)
    private String organization;
    @Size(max = 50)
    private String post;

    protected WorkPeriod() {
    }

    public WorkPeriod(String from, String to, String organization, String post) {
        this.from = from;
        this.to = to;
        this.organization = organization;
        this.post = post;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getOrganization() {
        return organization;
    }

    public String getPost() {
        return post;
    }

    /** As the history and the workbook write it: {@code 2010-07~2015-06 北湖区财政局 科员}. */
    public String text() {
        return from + "~" + (to == null ? "" : to) + " " + organization + (post == null ? "" : " " + post);
    }
}
