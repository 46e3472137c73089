package org.zhengtong.document.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;

/** 常用意见: each person keeps their own phrases; nobody sees or changes another person's. */
@Service
@Transactional
public class CommonPhraseService {

    static final int MAX_TEXT = 200;
    static final int MAX_PHRASES = 50;

    private final CommonPhraseRepository phrases;
    private final CurrentUsers currentUsers;

    CommonPhraseService(CommonPhraseRepository phrases, CurrentUsers currentUsers) {
        this.phrases = phrases;
        this.currentUsers = currentUsers;
    }

    public record Phrase(Long id, String text, int sortOrder) {
    }

    @Transactional(readOnly = true)
    public List<Phrase> mine() {
        return phrases.findByUsernameOrderBySortOrderAscIdAsc(username()).stream()
                .map(p -> new Phrase(p.getId(), p.getText(), p.getSortOrder())).toList();
    }

    public Phrase add(String text, int sortOrder) {
        String clean = requireText(text);
        if (phrases.findByUsernameOrderBySortOrderAscIdAsc(username()).size() >= MAX_PHRASES) {
            throw new BusinessRuleException("document.phrase.error.tooMany", MAX_PHRASES);
        }
        CommonPhrase phrase = phrases.save(new CommonPhrase(username(), clean, sortOrder));
        return new Phrase(phrase.getId(), phrase.getText(), phrase.getSortOrder());
    }

    public void update(Long id, String text, int sortOrder) {
        own(id).change(requireText(text), sortOrder);
    }

    public void delete(Long id) {
        phrases.delete(own(id));
    }

    /** Another person's phrase is reported as missing, so ids reveal nothing. */
    private CommonPhrase own(Long id) {
        return phrases.findById(id).filter(p -> p.getUsername().equals(username()))
                .orElseThrow(() -> new NotFoundException("phrase", id));
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
            throw new BusinessRuleException("document.phrase.error.text", MAX_TEXT);
        }
        return text.strip();
    }

    private String username() {
        return currentUsers.current().username();
    }
}
