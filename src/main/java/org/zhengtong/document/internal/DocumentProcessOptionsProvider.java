package org.zhengtong.document.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.platform.Classification;
import org.zhengtong.workflow.DocumentProcessOptions;

/** The 公文 types, 密级 and 紧急程度 the process designer scopes and conditions designs on. */
@Component
class DocumentProcessOptionsProvider implements DocumentProcessOptions {

    @Override
    public Map<String, String> documentTypes() {
        return labels(DocumentType.values(), DocumentType::label);
    }

    @Override
    public Map<String, String> classifications() {
        return labels(Classification.values(), Classification::label);
    }

    @Override
    public Map<String, String> urgencies() {
        return labels(Urgency.values(), Urgency::label);
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, label, (a, b) -> a, LinkedHashMap::new));
    }
}
