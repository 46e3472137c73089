package org.zhengtong.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;

/** The tree of a person's own folders (邮箱目录): create, rename, delete when empty. */
@Service
@Transactional
public class MailFolders {

    public static final int MAX_NAME = 50;

    /** A folder at its depth in the tree, for lists that show the tree by indentation. */
    public record Node(MailFolder folder, int depth) {
    }

    private final MailFolderRepository folders;
    private final MailEntryRepository entries;
    private final MailAccess access;
    private final CurrentUsers currentUsers;

    MailFolders(MailFolderRepository folders, MailEntryRepository entries, MailAccess access,
                CurrentUsers currentUsers) {
        this.folders = folders;
        this.entries = entries;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    /** The owner's folders in tree order: each followed by its subfolders, siblings by name. */
    @Transactional(readOnly = true)
    public List<Node> tree() {
        Map<Long, List<MailFolder>> byParent = folders.findByOwnerOrderByNameAsc(currentUsers.current().username())
                .stream().collect(Collectors.groupingBy(f -> f.getParentId() == null ? 0L : f.getParentId()));
        List<Node> nodes = new ArrayList<>();
        addChildren(byParent, 0L, 0, nodes);
        return nodes;
    }

    private static void addChildren(Map<Long, List<MailFolder>> byParent, Long parent, int depth, List<Node> into) {
        for (MailFolder folder : byParent.getOrDefault(parent, List.of())) {
            into.add(new Node(folder, depth));
            addChildren(byParent, folder.getId(), depth + 1, into);
        }
    }

    @Transactional(readOnly = true)
    public MailFolder folder(long id) {
        return access.ownFolder(id);
    }

    public MailFolder create(String name, Long parentId) {
        String owner = currentUsers.current().username();
        if (parentId != null) {
            access.ownFolder(parentId);
        }
        String clean = checkedName(name, owner, parentId, null);
        return folders.save(new MailFolder(owner, parentId, clean));
    }

    public void rename(long id, String name) {
        MailFolder folder = access.ownFolder(id);
        folder.rename(checkedName(name, folder.getOwner(), folder.getParentId(), id));
    }

    /** Only an empty folder goes: no mail in it and no folder under it. */
    public void delete(long id) {
        MailFolder folder = access.ownFolder(id);
        if (entries.existsByFolderId(id) || folders.existsByParentId(id)) {
            throw new BusinessRuleException("mail.error.folderNotEmpty");
        }
        folders.delete(folder);
    }

    private String checkedName(String name, String owner, Long parentId, Long self) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw MailRefused.invalid("mail.error.folderName", MAX_NAME);
        }
        boolean taken = folders.findByOwnerOrderByNameAsc(owner).stream()
                .anyMatch(f -> Objects.equals(f.getParentId(), parentId) && f.getName().equals(clean)
                        && !f.getId().equals(self));
        if (taken) {
            throw new BusinessRuleException("mail.error.folderExists", clean);
        }
        return clean;
    }
}
