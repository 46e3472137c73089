package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.IntegrationTest;

/**
 * Resource exhaustion at the anonymous verification ({@code POST /api/v1/verify}, {@code /verify}): zip bombs,
 * many verifications at once, and rotating {@code X-Forwarded-For} to escape the per-client rate limit.
 */
@IntegrationTest
class VerifyExhaustionAttackTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Value("${zhengtong.seal.verify.max-concurrent:4}") int maxConcurrent;

    @Test
    void anOfdZipBombIsRefusedWith413BeforeItIsUnpacked() throws Exception {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).as("sent").isLessThan(300 * 1024);

        long before = allocatedByThisThread();
        mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "公文.ofd", "application/ofd", bomb))
                        .with(client()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("解压后过大")));
        long allocated = allocatedByThisThread() - before;
        // the bomb unpacks to 256 MB; the request (filters, multipart, verification) allocates a few MB in all
        assertThat(allocated).as("bytes allocated while refusing the bomb").isLessThan(32L * 1024 * 1024);

        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "公文.ofd", "application/ofd", bomb))
                        .with(csrf()).with(client()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("文件解压后过大")));
    }

    @Test
    void verificationsBeyondTheConcurrencyLimitGet429() throws Exception {
        CountDownLatch inside = new CountDownLatch(maxConcurrent);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(maxConcurrent);
        try {
            List<Future<Integer>> running = new ArrayList<>();
            for (int i = 0; i < maxConcurrent; i++) {
                RequestPostProcessor from = client();
                running.add(pool.submit(() -> mvc.perform(multipart("/api/v1/verify")
                                .file(new HeldFile(inside, release)).with(from))
                        .andReturn().getResponse().getStatus()));
            }
            assertThat(inside.await(30, TimeUnit.SECONDS)).as("every slot taken").isTrue();

            mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                            new byte[] {1})).with(client()))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.detail").value(containsString("稍后再试")));
            mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                            new byte[] {1})).with(csrf()).with(client()))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"));

            release.countDown();
            for (Future<Integer> verification : running) {
                assertThat(verification.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
            // the slots are free again
            mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                            new byte[] {1})).with(client()))
                    .andExpect(status().isOk());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void rotatingXForwardedForDoesNotEscapeTheRateLimit() throws Exception {
        String address = nextAddress();
        for (int i = 0; i < 20; i++) {
            String spoofed = "198.51.100." + i;
            mvc.perform(multipart("/api/v1/verify").file(onePdfByte()).header("X-Forwarded-For", spoofed)
                            .with(from(address)))
                    .andExpect(status().isOk());
        }
        mvc.perform(multipart("/api/v1/verify").file(onePdfByte()).header("X-Forwarded-For", "198.51.100.99")
                        .with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void behindTheTrustedProxyEachForwardedClientHasItsOwnLimitAndCannotPrependOne() throws Exception {
        String client = nextAddress();
        for (int i = 0; i < 20; i++) {
            // what the client sends itself comes first; the proxy appends the address it saw
            mvc.perform(multipart("/api/v1/verify").file(onePdfByte())
                            .header("X-Forwarded-For", "203.0.113." + i + ", " + client).with(from("10.55.0.1")))
                    .andExpect(status().isOk());
        }
        mvc.perform(multipart("/api/v1/verify").file(onePdfByte())
                        .header("X-Forwarded-For", "203.0.113.200, " + client).with(from("10.55.0.1")))
                .andExpect(status().isTooManyRequests());
        // another client behind the same proxy is counted apart
        mvc.perform(multipart("/api/v1/verify").file(onePdfByte())
                        .header("X-Forwarded-For", nextAddress()).with(from("10.55.0.1")))
                .andExpect(status().isOk());
    }

    /** An OFD-looking zip with four files of 64 MB of zeros each: about 250 kB sent, 256 MB unpacked. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int file = 0; file < 4; file++) {
                zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_" + file + "/Content.xml"));
                for (int mb = 0; mb < 64; mb++) {
                    zip.write(zeros);
                }
            }
        }
        return out.toByteArray();
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static MockMultipartFile onePdfByte() {
        return new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] {1});
    }

    /** A client of its own, so tests do not share a rate limit. */
    private static RequestPostProcessor client() {
        return from(nextAddress());
    }

    private static String nextAddress() {
        int n = CLIENTS.incrementAndGet();
        return "10.66." + (System.nanoTime() % 100 + n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An upload whose content is read only when the test lets it: the verification holds its slot till then. */
    private static final class HeldFile extends MockMultipartFile {

        private final CountDownLatch inside;
        private final CountDownLatch release;

        HeldFile(CountDownLatch inside, CountDownLatch release) {
            super("file", "held.pdf", "application/pdf", new byte[] {1});
            this.inside = inside;
            this.release = release;
        }

        @Override
        public byte[] getBytes() throws IOException {
            inside.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.getBytes();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new ByteArrayInputStream(getBytes());
        }
    }
}
