package org.zhengtong.petition.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;
import org.zhengtong.workflow.Workflow;

/**
 * Cases in 综合检索 (kind {@code petition}): the number, the matter's class and summary and the units complained
 * about — never the petitioner's name, 身份证号码, phone or address, nor the letter's text. Readers are the office's
 * unit (narrowed by {@link #readable} to its 信访 office) and everyone who took part in the case's processes;
 * {@link #readable} asks {@link PetitionAccess}, the rule of the case's page.
 */
@Component
class PetitionIndex extends RecordIndex<Petition> {

    static final String KIND = "petition";

    private final MatterRepository matters;
    private final PetitionAccess access;
    private final Workflow workflow;

    PetitionIndex(PetitionRepository petitions, MatterRepository matters, PetitionAccess access,
                  CurrentUsers currentUsers, Workflow workflow) {
        super(KIND, Petition.class, petitions, "/petitions/", currentUsers);
        this.matters = matters;
        this.access = access;
        this.workflow = workflow;
    }

    @Override
    protected boolean mayOpen(Petition r, CurrentUser user) {
        return access.canRead(r, user);
    }

    @Override
    protected FullTextSearch.Entry entry(Petition p) {
        String matter = matters.findById(p.getMatterCode()).map(Matter::getName).orElse(p.getMatterCode());
        Set<String> readers = new LinkedHashSet<>();
        readers.add(Readers.unit(p.getUnitId()));
        List<String> processes = Stream.of(p.getProcessInstanceId(), p.getExtensionProcessId())
                .filter(pid -> pid != null).toList();
        if (!processes.isEmpty()) {
            workflow.participants(processes).values().forEach(people -> people.forEach(u -> readers.add(Readers.person(u))));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", p.getNumber());
        fields.put("status", p.getStatus().name());
        fields.put("matter", p.getMatterCode());
        return new FullTextSearch.Entry(KIND, p.getId(), p.getUnitId(), p.getNumber() + " " + p.getSummary(),
                String.join("\n", p.getNumber(), matter, p.getSummary()), p.getReceivedOn(),
                Classification.UNCLASSIFIED, readers, fields);
    }
}
