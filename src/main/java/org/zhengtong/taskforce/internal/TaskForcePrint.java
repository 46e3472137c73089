package org.zhengtong.taskforce.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.TextPdf;

/**
 * A coordination group as printed text: its structure as the founding notice lists it (组长, 副组长 with the groups they
 * oversee, 成员, 办公室, 工作组), and for the archive its tasks with their progress and completion reports too.
 */
@Component
public class TaskForcePrint {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TextPdf pdf;
    private final Clock clock;

    TaskForcePrint(TextPdf pdf, Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
    }

    public byte[] structurePdf(StructureView structure) {
        return pdf.render(structure.name(), structureLines(structure));
    }

    byte[] recordPdf(StructureView structure, List<AssignmentView> tasks) {
        return pdf.render(structure.name(), recordLines(structure, tasks));
    }

    List<String> structureLines(StructureView s) {
        List<String> lines = new ArrayList<>();
        if (s.basisNumber() != null) {
            lines.add("依据：" + s.basisNumber());
        }
        if (s.purpose() != null) {
            lines.add(s.purpose());
        }
        lines.add("");
        role(lines, "组长", s.withRole(MemberRole.LEADER));
        role(lines, "副组长", s.withRole(MemberRole.DEPUTY));
        role(lines, "成员", s.withRole(MemberRole.MEMBER));
        lines.add("");
        lines.add("办公室设在" + s.officeUnitName() + "。");
        role(lines, "办公室主任", s.withRole(MemberRole.OFFICE_DIRECTOR));
        role(lines, "办公室副主任", s.withRole(MemberRole.OFFICE_DEPUTY));
        role(lines, "办公室工作人员", s.withRole(MemberRole.OFFICE_STAFF));
        lines.add("");
        int index = 1;
        for (StructureView.GroupView g : s.groups()) {
            String lead = g.leadUnits().stream().map(StructureView.GroupUnitView::unitName)
                    .collect(Collectors.joining("、"));
            lines.add(index++ + "．" + g.name() + (lead.isEmpty() ? "" : "（以" + lead + "为主）")
                    + (g.duty() == null ? "" : "，" + g.duty()));
            if (g.overseerName() != null) {
                lines.add("    分管副组长：" + g.overseerName());
            }
            String memberUnits = g.memberUnits().stream().map(StructureView.GroupUnitView::unitName)
                    .collect(Collectors.joining("、"));
            if (!memberUnits.isEmpty()) {
                lines.add("    成员单位：" + memberUnits);
            }
            String contacts = g.units().stream().filter(u -> u.contactName() != null)
                    .map(u -> u.unitName() + " " + u.contactName()).collect(Collectors.joining("；"));
            if (!contacts.isEmpty()) {
                lines.add("    联络员：" + contacts);
            }
        }
        return lines;
    }

    List<String> recordLines(StructureView structure, List<AssignmentView> tasks) {
        List<String> lines = new ArrayList<>(structureLines(structure));
        lines.add("");
        lines.add("交办事项");
        for (AssignmentView t : tasks) {
            lines.add(t.number() + " " + t.title() + "（" + t.unitName() + " " + t.handlerName() + "，限"
                    + t.dueDate() + "完成）");
            if (t.content() != null) {
                lines.add("    " + t.content());
            }
            for (AssignmentView.ProgressView p : t.progress()) {
                lines.add("    " + TIME.format(p.createdAt().atZone(clock.getZone())) + " " + p.authorName() + " "
                        + p.percentDone() + "%：" + p.text());
            }
            if (t.lastNote() != null) {
                lines.add("    办结情况：" + t.lastNote());
            }
        }
        return lines;
    }

    private static void role(List<String> lines, String label, List<StructureView.MemberView> people) {
        if (people.isEmpty()) {
            return;
        }
        lines.add(label + "：" + people.stream().map(m -> m.name() + (m.title() == null ? "" : " " + m.title())
                + (m.oversees().isEmpty() ? "" : "（侧重负责" + String.join("、", m.oversees()) + "）"))
                .collect(Collectors.joining("；")));
    }
}
