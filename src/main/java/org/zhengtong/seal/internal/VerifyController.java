package org.zhengtong.seal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.seal.Seals;

/**
 * 验章: anyone, logged in or not, uploads a signed PDF or OFD and sees its signatures. Being open, it is bounded: a
 * rate per client, a number of verifications at once, the upload's size and what an OFD may unpack to. Past a bound
 * the answer is 429 (with Retry-After) or 413, never an error of the server.
 */
@Controller
class VerifyController {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Seals seals;
    private final VerifyRateLimit rateLimit;
    private final VerifyConcurrency concurrency;
    private final MessageSource messages;

    VerifyController(Seals seals, VerifyRateLimit rateLimit, VerifyConcurrency concurrency, MessageSource messages) {
        this.seals = seals;
        this.rateLimit = rateLimit;
        this.concurrency = concurrency;
        this.messages = messages;
    }

    /** A verification's report, or why it was refused: the status, the message and how long to wait, if at all. */
    private record Outcome(Seals.VerificationReport report, HttpStatus status, String problem, Long retryAfter) {

        static Outcome refused(HttpStatus status, String problem, Long retryAfter) {
            return new Outcome(null, status, problem, retryAfter);
        }
    }

    @GetMapping("/verify")
    String page() {
        return "seal/verify";
    }

    @PostMapping("/verify")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        Outcome outcome = verify(file, request);
        if (outcome.report() == null) {
            response.setStatus(outcome.status().value());
            if (outcome.retryAfter() != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, outcome.retryAfter().toString());
            }
            model.addAttribute("problem", outcome.problem());
            return "seal/verify";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("report", outcome.report());
        return "seal/verify";
    }

    @PostMapping("/api/v1/verify")
    @ResponseBody
    ResponseEntity<?> api(@RequestParam MultipartFile file, HttpServletRequest request, Locale locale)
            throws IOException {
        Outcome outcome = verify(file, request);
        if (outcome.report() == null) {
            ResponseEntity.BodyBuilder refusal = ResponseEntity.status(outcome.status());
            if (outcome.retryAfter() != null) {
                refusal.header(HttpHeaders.RETRY_AFTER, outcome.retryAfter().toString());
            }
            return refusal.body(ProblemDetail.forStatusAndDetail(outcome.status(),
                    messages.getMessage(outcome.problem(), null, locale)));
        }
        Seals.VerificationReport report = outcome.report();
        return ResponseEntity.ok(new ApiReport(report.format(), report.wellFormed(), report.valid(), report.signatures()));
    }

    private Outcome verify(MultipartFile file, HttpServletRequest request) throws IOException {
        if (!rateLimit.tryAcquire(request)) {
            return Outcome.refused(HttpStatus.TOO_MANY_REQUESTS, "seal.verify.tooMany", rateLimit.secondsToNextWindow());
        }
        if (file == null || file.isEmpty()) {
            return Outcome.refused(HttpStatus.BAD_REQUEST, "seal.verify.empty", null);
        }
        if (file.getSize() > MAX_BYTES) {
            return Outcome.refused(HttpStatus.PAYLOAD_TOO_LARGE, "seal.verify.tooLarge", null);
        }
        if (!concurrency.tryAcquire()) {
            return Outcome.refused(HttpStatus.TOO_MANY_REQUESTS, "seal.verify.busy",
                    (long) VerifyConcurrency.RETRY_AFTER_SECONDS);
        }
        try {
            return new Outcome(seals.verify(file.getOriginalFilename(), file.getBytes()), HttpStatus.OK, null, null);
        } catch (Seals.TooLargeToVerifyException e) {
            return Outcome.refused(HttpStatus.PAYLOAD_TOO_LARGE, "seal.verify.unpacksTooLarge", null);
        } finally {
            concurrency.release();
        }
    }

    record ApiReport(String format, boolean wellFormed, boolean valid, List<Seals.SignatureReport> signatures) {
    }
}
