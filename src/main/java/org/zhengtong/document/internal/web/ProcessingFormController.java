package org.zhengtong.document.internal.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhengtong.document.internal.form.ProcessingForms;

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
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(pdf.content());
    }
}
