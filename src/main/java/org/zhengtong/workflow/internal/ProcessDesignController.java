package org.zhengtong.workflow.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.DocumentProcessOptions;
import org.zhengtong.workflow.ProcessDirection;

/** 流程设计 pages: the list, the node-chain editor with preview, a design's versions, export and import. */
@Controller
@RequestMapping("/admin/processes")
@PreAuthorize("hasAuthority('WORKFLOW_ADMIN')")
class ProcessDesignController {

    private final ProcessDesigner designer;
    private final OrgDirectory directory;
    private final DocumentProcessOptions options;
    private final MessageSource messages;

    ProcessDesignController(ProcessDesigner designer, OrgDirectory directory, DocumentProcessOptions options,
                            MessageSource messages) {
        this.designer = designer;
        this.directory = directory;
        this.options = options;
        this.messages = messages;
    }

    @ModelAttribute
    void options(Model model) {
        Map<Long, String> units = new LinkedHashMap<>();
        directory.units().forEach(u -> units.put(u.id(), u.name()));
        model.addAttribute("units", units);
        model.addAttribute("documentTypes", options.documentTypes());
        model.addAttribute("classifications", options.classifications());
        model.addAttribute("urgencies", options.urgencies());
        model.addAttribute("directions", ProcessDirection.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("designs", designer.designs());
        return "workflow/designs";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(defaultValue = "OUTGOING") ProcessDirection direction, Model model) {
        DesignForm form = new DesignForm();
        form.setDirection(direction);
        form.apply("add");
        return editor(form, null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") DesignForm form, @RequestParam String op, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!op.equals("save")) {
            return edit(form, null, op, model, locale);
        }
        try {
            ProcessDesign design = designer.create(form.getName(), form.getDirection(), form.getDocumentType(),
                    form.getUnitId(), form.getNodes());
            redirect.addFlashAttribute("flashMessage", text("designer.saved", locale, design.getName(), 1));
            return "redirect:/admin/processes/" + design.getId();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", text(e, locale));
            return editor(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("design", designer.design(id));
        model.addAttribute("versions", designer.versions(id));
        model.addAttribute("current", designer.current(id));
        return "workflow/design";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ProcessDesign design = designer.design(id);
        DesignForm form = new DesignForm();
        form.setName(design.getName());
        form.setDirection(design.getDirection());
        form.setDocumentType(design.getDocumentType());
        form.setUnitId(design.getUnitId());
        form.setNodes(new ArrayList<>(designer.latestNodes(id)));
        if (form.getNodes().isEmpty()) {
            form.apply("add");
        }
        return editor(form, design, model);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") DesignForm form, @RequestParam String op, Model model,
                Locale locale, RedirectAttributes redirect) {
        ProcessDesign design = designer.design(id);
        // the scope of a design stays as created
        form.setDirection(design.getDirection());
        form.setDocumentType(design.getDocumentType());
        form.setUnitId(design.getUnitId());
        if (!op.equals("save")) {
            return edit(form, design, op, model, locale);
        }
        try {
            ProcessDesignVersion version = designer.saveVersion(id, form.getName(), form.getNodes());
            redirect.addFlashAttribute("flashMessage", text("designer.saved", locale, form.getName().strip(),
                    version.getVersionNo()));
            return "redirect:/admin/processes/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("error", text(e, locale));
            return editor(form, design, model);
        }
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, Locale locale, RedirectAttributes redirect) {
        ProcessDesign design = designer.design(id);
        try {
            designer.setActive(id, active);
            redirect.addFlashAttribute("flashMessage",
                    text(active ? "designer.enabled" : "designer.disabled", locale, design.getName()));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", text(e, locale));
        }
        return "redirect:/admin/processes/" + id;
    }

    @GetMapping(value = "/{id}/versions/{versionNo}/diagram.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> diagram(@PathVariable long id, @PathVariable int versionNo) {
        return Downloads.inline("process-" + id + "-v" + versionNo + ".png", designer.diagram(id, versionNo));
    }

    @GetMapping("/{id}/versions/{versionNo}/bpmn")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable int versionNo) {
        ProcessDesign design = designer.design(id);
        ProcessDesignVersion version = designer.version(id, versionNo);
        return Downloads.attachment(design.processKey() + "-v" + versionNo + ".bpmn20.xml",
                version.getBpmnXml().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/import")
    String importForm(@RequestParam(required = false) Long design, Model model) {
        DesignForm form = new DesignForm();
        if (design != null) {
            ProcessDesign existing = designer.design(design);
            form.setName(existing.getName());
            form.setDirection(existing.getDirection());
            form.setDocumentType(existing.getDocumentType());
            form.setUnitId(existing.getUnitId());
        }
        model.addAttribute("form", form);
        return "workflow/design-import";
    }

    @PostMapping("/import")
    String importBpmn(@ModelAttribute("form") DesignForm form, @RequestParam(required = false) MultipartFile file,
                      Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        try {
            ProcessDesign design = designer.importBpmn(form.getName(), form.getDirection(), form.getDocumentType(),
                    form.getUnitId(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flashMessage", text("designer.imported", locale, design.getName()));
            return "redirect:/admin/processes/" + design.getId();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", text(e, locale));
            return "workflow/design-import";
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** An editor button other than save: change the chain, or preview its diagram. */
    private String edit(DesignForm form, ProcessDesign design, String op, Model model, Locale locale) {
        if (op.equals("preview")) {
            try {
                byte[] png = designer.preview(form.getDirection(), form.getName(), form.getNodes());
                model.addAttribute("preview", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
            } catch (BusinessRuleException e) {
                model.addAttribute("error", text(e, locale));
            }
        } else {
            form.apply(op);
        }
        return editor(form, design, model);
    }

    private String editor(DesignForm form, ProcessDesign design, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("design", design);
        if (design != null) {
            model.addAttribute("imported",
                    designer.current(design.getId()).getSource() == ProcessDesignVersion.Source.IMPORT);
        }
        model.addAttribute("kinds", DesignNode.Kind.values());
        model.addAttribute("steps", Arrays.stream(DesignNode.Step.values())
                .filter(s -> s.outgoing() == (form.getDirection() == ProcessDirection.OUTGOING)).toList());
        model.addAttribute("positions", DesignCompiler.POSITIONS);
        model.addAttribute("conditionTypes", DesignNode.ConditionType.values());
        model.addAttribute("people", people());
        return "workflow/design-form";
    }

    /** Everyone with an account, for the person fields: username → name (unit). */
    private Map<String, String> people() {
        Map<String, String> people = new LinkedHashMap<>();
        for (OrgDirectory.UnitRef unit : directory.units()) {
            directory.people(unit.id()).forEach(p -> people.put(p.username(), p.name() + "（" + unit.name() + "）"));
        }
        return people;
    }

    private String text(BusinessRuleException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
