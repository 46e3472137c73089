package org.zhengtong.petition.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.TextPdf;

/**
 * The printed forms of a case: 信访事项登记表, 交办单 (one per case, naming every unit it is handed to) and
 * 答复意见书. They carry the petitioner's data and are given only to those who may open the case.
 */
@Component
class PetitionPdfs {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final TextPdf pdf;
    private final MessageSource messages;

    PetitionPdfs(TextPdf pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] registration(PetitionView c, String unitName) {
        List<String> lines = new ArrayList<>();
        lines.add("编号：" + c.number() + "　　登记单位：" + unitName);
        lines.add("信访形式：" + text(c.channel().messageKey()) + (c.groupVisit() ? "（集体访，" + c.peopleCount() + "人）" : "")
                + "　　收到日期：" + DAY.format(c.receivedOn()));
        lines.add("信访人：" + c.petitioner().name() + "　　身份证号码：" + c.petitioner().idNumber());
        lines.add("联系电话：" + c.petitioner().phone() + "　　住址：" + nullToEmpty(c.petitioner().address()));
        lines.add("事项分类：" + c.matterName() + "　　" + text(c.level().messageKey())
                + (c.parent() == null ? "" : "（原件 " + c.parent().number() + "）"));
        lines.add("被反映人：" + nullToEmpty(c.complainedPeople()));
        lines.add("被反映单位：" + String.join("、", c.complainedUnits().stream().map(PetitionView.UnitName::name).toList()));
        lines.add("此前同一事项信访：" + c.earlierCases() + " 次");
        lines.add("事项摘要：" + c.summary());
        lines.add("");
        lines.add("反映内容：");
        lines.add(c.content());
        lines.add("");
        lines.add("受理期限：" + DAY.format(c.acceptDue()) + (c.handleDue() == null ? ""
                : "　　办理期限：" + DAY.format(c.handleDue()) + (c.extended() ? "（已延期）" : "")));
        lines.add("登记人：" + c.registeredByName());
        return pdf.render("信访事项登记表", lines);
    }

    byte[] assignment(PetitionView c, String unitName) {
        List<String> lines = new ArrayList<>();
        lines.add("编号：" + c.number());
        lines.add("承办单位：" + String.join("、", c.assignments().stream()
                .map(PetitionView.AssignmentView::unitName).toList()));
        lines.add("");
        lines.add("现将" + c.petitioner().name() + "反映的“" + c.summary() + "”信访事项交由你单位办理。请依照《信访工作条例》"
                + "及时办理，于" + (c.handleDue() == null ? "规定期限" : DAY.format(c.handleDue()))
                + "前将办理情况报告" + unitName + "。");
        lines.add("");
        lines.add("信访人：" + c.petitioner().name() + "　　联系电话：" + c.petitioner().phone());
        lines.add("事项分类：" + c.matterName());
        lines.add("反映内容：");
        lines.add(c.content());
        if (c.leaderName() != null) {
            lines.add("");
            lines.add("领导批示人：" + c.leaderName());
        }
        lines.add("");
        lines.add(unitName);
        lines.add(c.acceptedOn() == null ? "" : DAY.format(c.acceptedOn()));
        return pdf.render("信访事项交办单", lines);
    }

    byte[] reply(PetitionView c, String unitName) {
        List<String> lines = new ArrayList<>();
        lines.add(c.number());
        lines.add("");
        lines.add(c.petitioner().name() + "：");
        lines.add("　　你于" + DAY.format(c.receivedOn()) + "反映的“" + c.summary() + "”信访事项，本机关已依法受理"
                + "并办理。现答复如下：");
        lines.add(c.replyText() == null ? "" : c.replyText());
        lines.add("　　如对本答复意见不服，可以自收到本答复意见书之日起30日内请求原办理机关的上一级机关复查。");
        lines.add("");
        lines.add(unitName);
        lines.add(c.repliedOn() == null ? "" : DAY.format(c.repliedOn()));
        return pdf.render("信访事项答复意见书", lines);
    }

    /** 不予受理告知书 or 转送告知书, from the 拟办's reason. */
    byte[] notice(PetitionView c, String unitName) {
        boolean forwarded = c.status() == PetitionStatus.FORWARDED;
        List<String> lines = new ArrayList<>();
        lines.add(c.number());
        lines.add("");
        lines.add(c.petitioner().name() + "：");
        lines.add("　　你于" + DAY.format(c.receivedOn()) + "反映的“" + c.summary() + "”信访事项，"
                + (forwarded ? "已转送" + c.forwardedTo() + "依法处理。" : "本机关决定不予受理。") + "理由如下：");
        lines.add(nullToEmpty(c.dispositionNote()));
        lines.add("");
        lines.add(unitName);
        lines.add(c.closedOn() == null ? "" : DAY.format(c.closedOn()));
        return pdf.render(forwarded ? "信访事项转送告知书" : "信访事项不予受理告知书", lines);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
