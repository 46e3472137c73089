package org.zhengtong.document.internal.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhengtong.document.internal.form.ProcessingForms;
import org.zhengtong.platform.Downloads;

/** 打印办文单: the document's processing form as PDF, opened in the browser to print or save. */
@Controller
class ProcessingFormController {

    private final ProcessingForms forms;

    ProcessingFormController(ProcessingForms forms) {
        this.forms = forms;
    }

    @GetMapping("/documents/{id:\\d+}/form.pdf")
    ResponseEntity<byte[]> form(@PathVariable Long id) {
        ProcessingForms.FormPdf pdf = forms.pdf(id);
        return Downloads.inline(pdf.fileName(), pdf.content());
    }
}
