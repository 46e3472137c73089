package org.zhengtong.leadermailbox.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A person a leader named to read and answer his letters (his secretary …). */
@Entity
@Table(name = "lm_reader")
public class LetterReader {

    @EmbeddedId
    private Key key;

    protected LetterReader() {
    }

    LetterReader(String leader, String reader) {
        this.key = new Key(leader, reader);
    }

    public String getLeader() {
        return key.leader();
    }

    public String getReader() {
        return key.reader();
    }

    @Embeddable
    public record Key(@Size(max = 40) String leader, @Size(max = 40) String reader) implements Serializable {
    }
}
