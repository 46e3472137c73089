package org.zhengtong.seal.internal;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.Roles;

/**
 * 印章管理: the system administrator manages every unit's seals, a unit administrator their own unit's. The service
 * checks the unit of every seal id (403 outside it).
 */
@Controller
@RequestMapping("/admin/seals")
class SealAdminController {

    private static final String REQUEST_KIND = "seal";

    private final SealService service;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;

    SealAdminController(SealService service, OrgDirectory directory, CurrentUsers currentUsers,
                        RequestTransactions requests) {
        this.service = service;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.requests = requests;
    }

    @GetMapping
    String list(Model model) {
        List<Seal> visible = service.visible();
        model.addAttribute("seals", visible);
        model.addAttribute("unitNames", directory.units().stream()
                .collect(Collectors.toMap(OrgDirectory.UnitRef::id, OrgDirectory.UnitRef::name)));
        model.addAttribute("custodianNames", visible.stream().collect(Collectors.toMap(Seal::getId,
                seal -> seal.getCustodians().stream().sorted().map(directory::nameOf).collect(Collectors.joining("、")))));
        return "seal/list";
    }

    /** A system administrator without a unit of his own first picks the unit; everyone else gets their unit. */
    @GetMapping("/new")
    String newSeal(@RequestParam(required = false) Long unitId, Model model) {
        CurrentUser user = currentUsers.current();
        boolean picksUnit = user.hasRole(Roles.SYSTEM_ADMIN);
        model.addAttribute("units", picksUnit ? directory.units() : List.of());
        if (picksUnit && unitId == null && user.unitId() == null) {
            return "seal/new";
        }
        long unit = service.unitFor(unitId);
        model.addAttribute("unitId", unit);
        model.addAttribute("unitName", service.unitName(unit));
        model.addAttribute("people", service.people(unit));
        model.addAttribute("kinds", Seal.Kind.values());
        return "seal/new";
    }

    @PostMapping
    String create(@RequestParam long unitId, @ModelAttribute SealForm form,
                  @RequestParam(required = false) MultipartFile image, @RequestKey String key,
                  RedirectAttributes redirect) throws IOException {
        byte[] png = bytes(image);
        long seal = requests.createOnce(REQUEST_KIND, key, () -> service.create(service.unitFor(unitId), form, png)
                .getId(), Long::valueOf);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/seals/" + seal;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Seal seal = service.managed(id);
        model.addAttribute("seal", seal);
        model.addAttribute("unitName", service.unitName(seal.getUnitId()));
        model.addAttribute("people", service.people(seal.getUnitId()));
        model.addAttribute("kinds", Seal.Kind.values());
        return "seal/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute SealForm form, RedirectAttributes redirect) {
        service.update(id, form);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/seals/" + id;
    }

    @PostMapping("/{id}/image")
    String image(@PathVariable long id, @RequestParam MultipartFile image, RedirectAttributes redirect)
            throws IOException {
        service.replaceImage(id, bytes(image));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/seals/" + id;
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam Seal.Status status, RedirectAttributes redirect) {
        service.changeStatus(id, status);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/seals/" + id;
    }

    @PostMapping("/{id}/key")
    String key(@PathVariable long id, @RequestParam MultipartFile p12, @RequestParam(required = false) String password,
               RedirectAttributes redirect) throws IOException {
        service.replaceKey(id, bytes(p12), password);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/seals/" + id;
    }

    @GetMapping(value = "/{id}/image.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable long id) {
        return Downloads.inline("seal-" + id + ".png", SealService.image(service.managed(id)));
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > SealImages.MAX_BYTES) {
            throw new org.zhengtong.platform.BusinessRuleException("seal.error.tooLarge");
        }
        return file.getBytes();
    }
}
