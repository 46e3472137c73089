package org.zhengtong.workflow;

/**
 * Which process a new document runs on: the most specific active design (unit and type, unit, type, all units
 * and types) an administrator deployed for its direction, else the product's default process.
 */
public interface ProcessCatalog {

    /**
     * The process key to start.
     *
     * @param documentType the document type's code (the {@code documentType} process variable)
     * @param unitId       the unit the document belongs to: the drafting unit for 发文, the receiving unit for 收文
     */
    String processKeyFor(ProcessDirection direction, String documentType, long unitId);
}
