package org.zhengtong.seal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.seal.Seals;

/** 验章: anyone, logged in or not, uploads a signed PDF or OFD and sees its signatures. */
@Controller
class VerifyController {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Seals seals;
    private final VerifyRateLimit rateLimit;

    VerifyController(Seals seals, VerifyRateLimit rateLimit) {
        this.seals = seals;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/verify")
    String page() {
        return "seal/verify";
    }

    @PostMapping("/verify")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("problem", "seal.verify.tooMany");
            return "seal/verify";
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "seal.verify.empty");
            return "seal/verify";
        }
        if (file.getSize() > MAX_BYTES) {
            model.addAttribute("problem", "seal.verify.tooLarge");
            return "seal/verify";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("report", seals.verify(file.getOriginalFilename(), file.getBytes()));
        return "seal/verify";
    }

    @PostMapping("/api/v1/verify")
    @ResponseBody
    ResponseEntity<?> api(@RequestParam MultipartFile file, HttpServletRequest request) throws IOException {
        if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
            return ResponseEntity.status(429).body(java.util.Map.of("error", "too many verifications, try again in a minute"));
        }
        if (file.getSize() > MAX_BYTES) {
            return ResponseEntity.status(413).body(java.util.Map.of("error", "file larger than 20 MB"));
        }
        Seals.VerificationReport report = seals.verify(file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.ok(new ApiReport(report.format(), report.wellFormed(), report.valid(), report.signatures()));
    }

    record ApiReport(String format, boolean wellFormed, boolean valid, java.util.List<Seals.SignatureReport> signatures) {
    }
}
