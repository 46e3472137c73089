package org.zhengtong.document.internal.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.BusinessRuleException;

/** Message texts in the request's language, for flash messages and refusals. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String of(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    String of(BusinessRuleException refusal) {
        return of(refusal.messageKey(), refusal.arguments());
    }
}
