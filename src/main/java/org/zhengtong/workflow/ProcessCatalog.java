package org.zhengtong.workflow;

/**
 * Which process a new business object runs on: the most specific active design (unit and type, unit, type, all
 * units and types) an administrator made for its template, else the template's own process.
 */
public interface ProcessCatalog {

    /**
     * The process key to start.
     *
     * @param templateKey the {@link ProcessTemplate#key()}
     * @param type        the object's code among the template's design types, or null
     * @param unitId      the unit the object belongs to (for 公文: the drafting unit of a 发文, the receiving unit of a 收文)
     */
    String processKeyFor(String templateKey, String type, long unitId);
}
