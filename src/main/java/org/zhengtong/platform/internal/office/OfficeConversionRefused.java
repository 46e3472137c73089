package org.zhengtong.platform.internal.office;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** An Office file the converter could not turn into a PDF (unreadable, too large, too slow): 422, download it instead. */
class OfficeConversionRefused extends BusinessRuleException {

    OfficeConversionRefused() {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "office.error.convert");
    }
}
