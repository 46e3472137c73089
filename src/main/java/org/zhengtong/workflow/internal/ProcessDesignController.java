package org.zhengtong.workflow.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.ProcessTemplate;

/**
 * 流程设计 pages: the list, the node-chain editor with preview, a design's versions, export and import. A refused
 * design shows the editor again with the reason: 400 when the form cannot be read, 422 when the designer refuses it.
 */
@Controller
@RequestMapping("/admin/processes")
@PreAuthorize("hasAuthority('WORKFLOW_ADMIN')")
class ProcessDesignController {

    private static final String REQUEST_KIND = "workflow.design";

    private final ProcessDesigner designer;
    private final OrgDirectory directory;
    private final DesignCompiler compiler;
    private final MessageSource messages;
    private final RequestTransactions requests;

    ProcessDesignController(ProcessDesigner designer, OrgDirectory directory, DesignCompiler compiler,
                            MessageSource messages, RequestTransactions requests) {
        this.designer = designer;
        this.directory = directory;
        this.compiler = compiler;
        this.messages = messages;
        this.requests = requests;
    }

    @ModelAttribute
    void options(Model model) {
        Map<Long, String> units = new LinkedHashMap<>();
        directory.units().forEach(u -> units.put(u.id(), u.name()));
        model.addAttribute("units", units);
        model.addAttribute("templates", designer.templates());
    }

    /** Node indexes stop at the longest chain; beyond it Spring would grow the list up to 256, then fail. */
    @InitBinder("form")
    void limitNodes(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(DesignCompiler.MAX_NODES);
    }

    /** A node index out of range or not a number: the form cannot be bound, so the error page says why. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView outOfRange(Locale locale) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return new ModelAndView("error", Map.of("status", status.value(),
                "message", text("designer.error.outOfRange", locale, DesignCompiler.MAX_NODES)), status);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("designs", designer.designs());
        return "workflow/designs";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String template, Model model) {
        DesignForm form = new DesignForm();
        form.setTemplate(template);
        form.apply("add");
        return editor(form, null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") DesignForm form, BindingResult binding, @RequestParam String op,
                  @RequestKey String key, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        rejectUnknownSteps(form, binding);
        if (binding.hasErrors()) {
            return refused(unreadable(binding, locale), HttpStatus.BAD_REQUEST, form, null, model, response);
        }
        if (!op.equals("save")) {
            return edit(form, null, op, model, locale, response);
        }
        if (form.getTemplate() == null) {
            chosenTemplate(form);
        }
        try {
            ProcessDesign design = requests.createOnce(REQUEST_KIND, key, () -> designer.create(form.getName(),
                    form.getTemplate(), form.getType(), form.getUnitId(), form.getNodes()).getId(), designer::design);
            redirect.addFlashAttribute("flashMessage", text("designer.saved", locale, design.getName(), 1));
            return "redirect:/admin/processes/" + design.getId();
        } catch (BusinessRuleException e) {
            return refused(text(e, locale), HttpStatus.UNPROCESSABLE_ENTITY, form, null, model, response);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ProcessDesigner.Listed listed = designer.listed(id);
        model.addAttribute("design", listed.design());
        model.addAttribute("listed", listed);
        model.addAttribute("versions", designer.versions(id));
        model.addAttribute("current", designer.current(id));
        return "workflow/design";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ProcessDesign design = designer.design(id);
        DesignForm form = new DesignForm();
        form.setName(design.getName());
        form.setTemplate(design.getTemplateKey());
        form.setType(design.getType());
        form.setUnitId(design.getUnitId());
        form.setNodes(new ArrayList<>(designer.latestNodes(id)));
        if (form.getNodes().isEmpty()) {
            form.apply("add");
        }
        return editor(form, design, model);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") DesignForm form, BindingResult binding,
                @RequestParam String op, Model model, Locale locale, RedirectAttributes redirect,
                HttpServletResponse response) {
        ProcessDesign design = designer.design(id);
        // the scope of a design stays as created
        form.setTemplate(design.getTemplateKey());
        form.setType(design.getType());
        form.setUnitId(design.getUnitId());
        rejectUnknownSteps(form, binding);
        if (binding.hasErrors()) {
            return refused(unreadable(binding, locale), HttpStatus.BAD_REQUEST, form, design, model, response);
        }
        if (!op.equals("save")) {
            return edit(form, design, op, model, locale, response);
        }
        try {
            ProcessDesignVersion version = designer.saveVersion(id, form.getName(), form.getNodes());
            redirect.addFlashAttribute("flashMessage", text("designer.saved", locale, form.getName().strip(),
                    version.getVersionNo()));
            return "redirect:/admin/processes/" + id;
        } catch (BusinessRuleException e) {
            return refused(text(e, locale), HttpStatus.UNPROCESSABLE_ENTITY, form, design, model, response);
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
            form.setTemplate(existing.getTemplateKey());
            form.setType(existing.getType());
            form.setUnitId(existing.getUnitId());
        }
        return importPage(form, model);
    }

    @PostMapping("/import")
    String importBpmn(@ModelAttribute("form") DesignForm form, BindingResult binding,
                      @RequestParam(required = false) MultipartFile file, @RequestKey String key, Model model,
                      Locale locale, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", unreadable(binding, locale));
            return importPage(form, model);
        }
        if (form.getTemplate() == null) {
            chosenTemplate(form);
        }
        try {
            byte[] bpmn = file == null ? null : file.getBytes();
            ProcessDesign design = requests.createOnce(REQUEST_KIND, key, () -> designer.importBpmn(form.getName(),
                    form.getTemplate(), form.getType(), form.getUnitId(), bpmn).getId(), designer::design);
            redirect.addFlashAttribute("flashMessage", text("designer.imported", locale, design.getName()));
            return "redirect:/admin/processes/" + design.getId();
        } catch (BusinessRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", text(e, locale));
            return importPage(form, model);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** An editor button other than save: change the chain, or preview its diagram. */
    private String edit(DesignForm form, ProcessDesign design, String op, Model model, Locale locale,
                        HttpServletResponse response) {
        if (op.equals("preview")) {
            try {
                byte[] png = designer.preview(form.getTemplate(), form.getName(), form.getNodes());
                model.addAttribute("preview", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
            } catch (BusinessRuleException e) {
                return refused(text(e, locale), HttpStatus.UNPROCESSABLE_ENTITY, form, design, model, response);
            }
        } else {
            form.apply(op);
        }
        return editor(form, design, model);
    }

    /** The editor again with why the chain was refused; nothing was saved. */
    private String refused(String message, HttpStatus status, DesignForm form, ProcessDesign design, Model model,
                           HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("error", message);
        return editor(form, design, model);
    }

    /**
     * A step code no template offers cannot be read, as a kind that does not exist (one of another template is
     * refused by the designer, with the reason).
     */
    private void rejectUnknownSteps(DesignForm form, BindingResult binding) {
        for (int i = 0; i < form.getNodes().size(); i++) {
            String step = form.getNodes().get(i).getStep();
            if (step != null && !compiler.knownStep(step)) {
                binding.rejectValue("nodes[" + i + "].step", "unknown");
            }
        }
    }

    /** Fields whose value could not be converted (a kind that does not exist, a deadline that is no number…). */
    private String unreadable(BindingResult binding, Locale locale) {
        String fields = binding.getFieldErrors().stream().map(FieldError::getField).distinct().limit(5)
                .collect(Collectors.joining("、"));
        return text("designer.error.invalidInput", locale, fields);
    }

    private String editor(DesignForm form, ProcessDesign design, Model model) {
        ProcessTemplate template = chosenTemplate(form);
        ProcessTemplate.Design offered = DesignCompiler.designOf(template);
        model.addAttribute("form", form);
        model.addAttribute("template", template);
        model.addAttribute("types", offered.types().labels());
        model.addAttribute("classifications", offered.classifications().labels());
        model.addAttribute("urgencies", offered.urgencies().labels());
        model.addAttribute("design", design);
        if (design != null) {
            model.addAttribute("imported",
                    designer.current(design.getId()).getSource() == ProcessDesignVersion.Source.IMPORT);
        }
        model.addAttribute("kinds", DesignNode.Kind.values());
        model.addAttribute("steps", offered.steps());
        model.addAttribute("positions", DesignCompiler.POSITIONS);
        model.addAttribute("conditionTypes", DesignNode.ConditionType.values());
        model.addAttribute("people", people());
        return "workflow/design-form";
    }

    /** The form's template; the first one when the form names none it knows (a new design's default). */
    private ProcessTemplate chosenTemplate(DesignForm form) {
        List<ProcessTemplate> templates = designer.templates();
        ProcessTemplate template = templates.stream().filter(t -> t.key().equals(form.getTemplate())).findFirst()
                .orElse(templates.get(0));
        form.setTemplate(template.key());
        return template;
    }

    private String importPage(DesignForm form, Model model) {
        ProcessTemplate template = chosenTemplate(form);
        model.addAttribute("form", form);
        model.addAttribute("types", DesignCompiler.designOf(template).types().labels());
        return "workflow/design-import";
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
