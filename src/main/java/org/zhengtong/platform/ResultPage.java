package org.zhengtong.platform;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A page of an {@code /api/v1} list as every module answers it: how many there are in all, which page (from 0) of
 * what size, and its items. A stable shape of our own rather than Spring Data's {@code PageImpl}, whose JSON is not
 * guaranteed to stay the same.
 */
public record ResultPage<T>(long total, int page, int size, List<T> items) {

    public static <T> ResultPage<T> of(Page<T> page) {
        return new ResultPage<>(page.getTotalElements(), page.getNumber(), page.getSize(), page.getContent());
    }
}
