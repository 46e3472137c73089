package org.zhengtong.workflow;

import java.util.List;
import org.zhengtong.workflow.internal.DesignNode;
import org.zhengtong.workflow.internal.DesignNode.Kind;

/** Designed nodes for tests: {@code node("部门审核", Kind.DEPARTMENT_HEAD)}, then adjust with the setters. */
public final class DesignNodes {

    private DesignNodes() {
    }

    public static DesignNode node(String name, Kind kind) {
        DesignNode node = new DesignNode();
        node.setName(name);
        node.setKind(kind);
        return node;
    }

    public static DesignNode person(String name, String username) {
        DesignNode node = node(name, Kind.PERSON);
        node.setPerson(username);
        return node;
    }

    public static DesignNode position(String name, String position) {
        DesignNode node = node(name, Kind.POSITION);
        node.setPosition(position);
        return node;
    }

    public static DesignNode countersign(String name, DesignNode.CountersignMode mode, String... usernames) {
        DesignNode node = node(name, Kind.COUNTERSIGN);
        node.setMode(mode);
        node.setPeople(List.of(usernames));
        return node;
    }

    /** The node plays a step of its template's module (公文: OFFICE_REVIEW, SIGN_OFF, PROPOSE, INSTRUCT). */
    public static DesignNode withStep(DesignNode node, String step) {
        node.setStep(step);
        return node;
    }
}
