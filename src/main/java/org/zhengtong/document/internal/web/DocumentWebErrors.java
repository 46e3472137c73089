package org.zhengtong.document.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused read or action on the 公文 pages gets a page that says why people may be refused (not involved, or
 * clearance below the 密级), instead of the console's generic one. Nothing more is revealed about the document.
 */
@ControllerAdvice(basePackageClasses = DocumentWebErrors.class)
class DocumentWebErrors {

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        ModelAndView page = new ModelAndView("document/forbidden");
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }
}
