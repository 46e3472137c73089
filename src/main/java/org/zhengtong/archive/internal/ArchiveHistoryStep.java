package org.zhengtong.archive.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** One step of the processing history, copied from the engine when the item was archived. */
@Entity
@Table(name = "arc_history")
public class ArchiveHistoryStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long itemId;
    private int seq;
    private String stepName;
    private String handler;
    private String handlerName;
    private String delegatedFrom;
    private Instant startedAt;
    private Instant endedAt;
    private String remarks;

    protected ArchiveHistoryStep() {
    }

    ArchiveHistoryStep(Long itemId, int seq, String stepName, String handler, String handlerName, String delegatedFrom,
                       Instant startedAt, Instant endedAt, String remarks) {
        this.itemId = itemId;
        this.seq = seq;
        this.stepName = stepName;
        this.handler = handler;
        this.handlerName = handlerName;
        this.delegatedFrom = delegatedFrom;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.remarks = remarks;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public int getSeq() { return seq; }
    public String getStepName() { return stepName; }
    public String getHandler() { return handler; }
    public String getHandlerName() { return handlerName; }
    public String getDelegatedFrom() { return delegatedFrom; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getRemarks() { return remarks; }
}
