package org.zhengtong.seal.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** The local demo certificate authority: its SM2 and EC keys in one password-protected PKCS#12 store. */
@Entity
@Table(name = "seal_authority")
class SealAuthority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String keystore;
    private Instant createdAt;

    protected SealAuthority() {
    }

    SealAuthority(String keystore, Instant createdAt) {
        this.keystore = keystore;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    String getKeystore() { return keystore; }

    void keystore(String keystore) {
        this.keystore = keystore;
    }
}
