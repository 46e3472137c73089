package org.zhengtong.sharedfile.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.sharedfile.internal.Access;
import org.zhengtong.sharedfile.internal.Category;
import org.zhengtong.sharedfile.internal.Folder;
import org.zhengtong.sharedfile.internal.Grant;
import org.zhengtong.sharedfile.internal.SharedFile;
import org.zhengtong.sharedfile.internal.SharedFileService;
import org.zhengtong.sharedfile.internal.SharedFileViews;

/**
 * 共享文件 ({@code /shared-files}): the folders one may read as a tree with the unit's quota, a folder's page (its
 * sub-folders, files, the upload form for those who may upload), a file's page (its versions, the preview of a PDF,
 * image, audio or video, and of an Office file when a converter is configured), the folder's permissions for its managers and the unit's quota. A refusal shows the page
 * again with its message and status (400, 409, 413); nothing is saved.
 */
@Controller
@RequestMapping("/shared-files")
class SharedFileController {

    private final SharedFileService service;
    private final SharedFileViews views;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final RequestTransactions requests;
    private final Refusals refusals;

    SharedFileController(SharedFileService service, SharedFileViews views, CurrentUsers currentUsers,
                         OrgDirectory directory, RequestTransactions requests, Refusals refusals) {
        this.service = service;
        this.views = views;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.requests = requests;
        this.refusals = refusals;
    }

    @GetMapping
    String index(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("folders", views.tree(service.readableFolders(user), user));
        model.addAttribute("usage", user.unitId() == null ? null : service.usage(user));
        model.addAttribute("categories", Category.values());
        return "sharedfile/index";
    }

    @PostMapping("/folders")
    String createFolder(@RequestParam(required = false) Long parentId, @RequestParam String name,
                        @RequestParam(required = false) Category category, @RequestKey String key, Model model,
                        HttpServletResponse response, Locale locale) {
        long id;
        try {
            id = requests.createOnce("sharedfile.folder", key,
                    () -> service.createFolder(parentId, name, category, currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            refused(e, model, response, locale);
            return parentId == null ? index(model) : folder(parentId, 0, model);
        }
        return "redirect:/shared-files/folders/" + id;
    }

    @GetMapping("/folders/{id}")
    String folder(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = currentUsers.current();
        Folder folder = service.folder(id, Access.READ, user);
        model.addAttribute("folder", views.row(folder, 0, user));
        model.addAttribute("path", views.path(folder));
        model.addAttribute("subfolders", service.subfolders(id, user).stream().map(f -> views.row(f, 1, user)).toList());
        model.addAttribute("files", views.files(service.filesIn(id, page, user)));
        model.addAttribute("classifications", Classification.values());
        return "sharedfile/folder";
    }

    @PostMapping("/folders/{id}/delete")
    String deleteFolder(@PathVariable long id, Model model, HttpServletResponse response, Locale locale,
                        RedirectAttributes redirect) {
        try {
            service.deleteFolder(id, currentUsers.current());
        } catch (BusinessRuleException e) {
            refused(e, model, response, locale);
            return folder(id, 0, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("sharedfile.folderDeleted", locale));
        return "redirect:/shared-files";
    }

    @PostMapping("/folders/{id}/files")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String title,
                  @RequestParam(required = false) Classification classification, @RequestKey String key,
                  Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        long fileId;
        try {
            fileId = requests.createOnce("sharedfile.file", key,
                    () -> service.upload(id, title, classification, file, currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            refused(e, model, response, locale);
            return folder(id, 0, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("sharedfile.uploaded", locale));
        return "redirect:/shared-files/files/" + fileId;
    }

    @GetMapping("/files/{id}")
    String file(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        SharedFile file = service.readable(id, user);
        model.addAttribute("file", views.file(file, service.folder(file.getFolderId(), Access.READ, user),
                service.versions(id, user), user));
        return "sharedfile/file";
    }

    /**
     * The current version shown in the browser: a PDF, image, audio or video as the server found it, an Office file
     * as PDF when a converter is configured, else a download.
     */
    @GetMapping("/files/{id}/preview")
    ResponseEntity<Resource> preview(@PathVariable long id) {
        SharedFileService.Download file = service.preview(id, currentUsers.current());
        return file.media().previewed() ? Downloads.framed(file.name(), file.size(), file.content())
                : Downloads.attachment(file.name(), file.size(), file.content());
    }

    @GetMapping("/files/{id}/versions/{number}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable int number) {
        SharedFileService.Download file = service.download(id, number, currentUsers.current());
        return Downloads.attachment(file.name(), file.size(), file.content());
    }

    @PostMapping("/files/{id}/versions")
    String newVersion(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
                      HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        try {
            service.newVersion(id, file, currentUsers.current());
        } catch (BusinessRuleException e) {
            refused(e, model, response, locale);
            return file(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("sharedfile.uploaded", locale));
        return "redirect:/shared-files/files/" + id;
    }

    @PostMapping("/files/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        CurrentUser user = currentUsers.current();
        long folderId = service.readable(id, user).getFolderId();
        service.delete(id, user);
        redirect.addFlashAttribute("flashMessage", refusals.message("sharedfile.deleted", locale));
        return "redirect:/shared-files/folders/" + folderId;
    }

    @GetMapping("/folders/{id}/permissions")
    String permissions(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        Folder folder = service.folder(id, Access.MANAGE, user);
        model.addAttribute("folder", views.row(folder, 0, user));
        model.addAttribute("path", views.path(folder));
        model.addAttribute("grants", views.grants(folder));
        model.addAttribute("accesses", Access.values());
        model.addAttribute("units", directory.units());
        model.addAttribute("departments", directory.departments(folder.getUnitId()));
        model.addAttribute("positions", directory.positions());
        model.addAttribute("people", directory.people(folder.getUnitId()));
        return "sharedfile/permissions";
    }

    @PostMapping("/folders/{id}/permissions")
    String grant(@PathVariable long id, @RequestParam(required = false) Access access,
                 @RequestParam(required = false) String target, Model model, HttpServletResponse response,
                 Locale locale) {
        try {
            service.grant(id, SharedFileViews.grant(access, target), currentUsers.current());
        } catch (BusinessRuleException e) {
            refused(e, model, response, locale);
            return permissions(id, model);
        }
        return "redirect:/shared-files/folders/" + id + "/permissions";
    }

    @PostMapping("/folders/{id}/permissions/revoke")
    String revoke(@PathVariable long id, @RequestParam Access access, @RequestParam Grant.Kind kind,
                  @RequestParam String grantee) {
        service.revoke(id, new Grant(access, kind, grantee), currentUsers.current());
        return "redirect:/shared-files/folders/" + id + "/permissions";
    }

    @PostMapping("/quota")
    String quota(@RequestParam(required = false) Long megabytes, Model model, HttpServletResponse response,
                 Locale locale, RedirectAttributes redirect) {
        try {
            service.setQuota(megabytes, currentUsers.current());
        } catch (BusinessRuleException e) {
            refused(e, model, response, locale);
            return index(model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("sharedfile.quotaSaved", locale));
        return "redirect:/shared-files";
    }

    private void refused(BusinessRuleException e, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
    }
}
