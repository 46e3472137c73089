package org.zhengtong.petition.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.Searchable;
import org.zhengtong.workflow.Workflow;

/**
 * Cases in 综合检索 (kind {@code petition}): the number, the matter's class and summary and the units complained
 * about — never the petitioner's name, 身份证号码, phone or address, nor the letter's text. Readers are the office's
 * unit (narrowed by {@link #readable} to its 信访 office) and everyone who took part in the case's processes;
 * {@link #readable} asks {@link PetitionAccess}, the rule of the case's page.
 */
@Component
class PetitionIndex implements Searchable {

    static final String KIND = "petition";

    private final PetitionRepository petitions;
    private final MatterRepository matters;
    private final PetitionAccess access;
    private final CurrentUsers currentUsers;
    private final Workflow workflow;

    PetitionIndex(PetitionRepository petitions, MatterRepository matters, PetitionAccess access,
                  CurrentUsers currentUsers, Workflow workflow) {
        this.petitions = petitions;
        this.matters = matters;
        this.access = access;
        this.currentUsers = currentUsers;
        this.workflow = workflow;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FullTextSearch.Entry> entry(long id) {
        return petitions.findById(id).map(this::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        CurrentUser user = currentUsers.current();
        Set<Long> readable = new LinkedHashSet<>();
        petitions.findAllById(ids).stream().filter(p -> access.canRead(p, user)).forEach(p -> readable.add(p.getId()));
        return readable;
    }

    @Override
    public String link(long id) {
        return "/petitions/" + id;
    }

    private FullTextSearch.Entry entry(Petition p) {
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
