package org.zhengtong.workflow.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The designer page's form: the scope (fixed once created: the template, its type code or all, the unit or all),
 * the name and the node chain being edited.
 */
public class DesignForm {

    private String name;
    private String template;
    private String type;
    private Long unitId;
    private List<DesignNode> nodes = new ArrayList<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public List<DesignNode> getNodes() { return nodes; }
    public void setNodes(List<DesignNode> nodes) { this.nodes = nodes == null ? new ArrayList<>() : nodes; }

    /** Applies an editor button: add, or remove/up/down with the node's index ({@code up:2}). */
    void apply(String op) {
        if (op.equals("add")) {
            DesignNode node = new DesignNode();
            nodes.add(node);
            return;
        }
        String[] parts = op.split(":");
        int i = parts.length == 2 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
        if (i < 0 || i >= nodes.size()) {
            return;
        }
        switch (parts[0]) {
            case "remove" -> nodes.remove(i);
            case "up" -> {
                if (i > 0) {
                    nodes.add(i - 1, nodes.remove(i));
                }
            }
            case "down" -> {
                if (i < nodes.size() - 1) {
                    nodes.add(i + 1, nodes.remove(i));
                }
            }
            default -> {
                // not an editor button
            }
        }
    }
}
