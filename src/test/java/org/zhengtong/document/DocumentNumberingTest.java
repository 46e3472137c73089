package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentNumbering;
import org.zhengtong.platform.BusinessRuleException;

@IntegrationTest
class DocumentNumberingTest {

    @Autowired DocumentNumbering numbering;
    @Autowired AsUser as;

    @Test
    void numbersHaveNoLeadingZerosAndChineseBrackets() {
        assertThat(DocumentNumbering.format("哈政办综", 2015, 27)).isEqualTo("哈政办综〔2015〕27号");
        assertThat(DocumentNumbering.format("财预", 2026, 1)).isEqualTo("财预〔2026〕1号");
    }

    @Test
    void hundredNumbersTakenAtOnceAreUniqueAndGapless() throws Exception {
        String key = TestUsers.unique("并发") + "/2026";
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> takes = IntStream.range(0, 100)
                .<Callable<Integer>>mapToObj(i -> () -> numbering.next(key, null)).toList();
        List<Integer> serials = new ArrayList<>();
        for (Future<Integer> future : pool.invokeAll(takes)) {
            serials.add(future.get());
        }
        pool.shutdown();
        assertThat(serials).doesNotHaveDuplicates();
        assertThat(serials).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
    }

    @Test
    void aReleasedReservationIsTheNextNumberSoNoGapRemains() {
        String key = TestUsers.unique("预留") + "/2026";
        assertThat(numbering.next(key, null)).isEqualTo(1);
        int reserved = as.call("sysadmin", () -> numbering.reserve(key, "纸质文件占号", "sysadmin"));
        assertThat(reserved).isEqualTo(2);
        assertThat(numbering.next(key, null)).isEqualTo(3);

        Long reservationId = as.call("sysadmin", () -> numbering.reservationId(key, reserved));
        as.run("sysadmin", () -> numbering.release(reservationId, "纸质文件作废", "sysadmin"));
        assertThat(numbering.next(key, null)).isEqualTo(2);
        assertThat(numbering.next(key, null)).isEqualTo(4);
        assertThatThrownBy(() -> as.run("sysadmin", () -> numbering.release(reservationId, "again", "sysadmin")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as.run("sysadmin", () -> numbering.reserve(key, " ", "sysadmin")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as.run("czj.d1.clerk1", () -> numbering.reserve(key, "越权", "czj.d1.clerk1")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
