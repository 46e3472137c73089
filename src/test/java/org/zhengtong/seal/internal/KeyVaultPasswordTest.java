package org.zhengtong.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.zhengtong.platform.PlatformProperties;

/**
 * The key password once seal keys are stored (a restore, a moved installation): only the password that opens them
 * lets the application start; a missing password file is never replaced by a new password.
 */
class KeyVaultPasswordTest {

    @TempDir Path dir;
    SealAuthorityRepository authorities = mock(SealAuthorityRepository.class);
    SealRepository seals = mock(SealRepository.class);
    String storedKeystore;

    /** The installation the keys come from: its password file, its CA in the database. */
    @BeforeEach
    void anInstallationWithStoredKeys() {
        when(seals.findFirstByOrderByIdAsc()).thenReturn(Optional.empty());
        KeyVault original = vault("", dir.resolve("original-password"));
        when(authorities.save(any())).thenAnswer(saved -> {
            storedKeystore = saved.<SealAuthority>getArgument(0).getKeystore();
            return saved.getArgument(0);
        });
        original.authority();
        assertThat(storedKeystore).isNotNull();
        when(authorities.findAll()).thenReturn(List.of(new SealAuthority(storedKeystore, Clock.systemUTC().instant())));
    }

    @Test
    void withoutThePasswordFileItRefusesToStartAndGeneratesNoNewPassword() {
        Path missing = dir.resolve("restored/seal-key-password");

        assertThatThrownBy(() -> vault("", missing))
                .isInstanceOf(SealKeysLockedException.class)
                .hasMessageContaining("已有印章密钥").hasMessageContaining("不会生成新口令");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aPasswordThatDoesNotOpenTheKeysIsRefusedWithWhatToDo() throws Exception {
        Path other = Files.writeString(dir.resolve("other-password"), "not-the-original");

        assertThatThrownBy(() -> vault("", other)).isInstanceOf(SealKeysLockedException.class)
                .hasMessageContaining("无法用配置的口令打开")
                .satisfies(e -> {
                    FailureAnalysis analysis = new SealKeysFailureAnalyzer().analyze(e);
                    assertThat(analysis.getAction()).contains("seal-key-password", other.toAbsolutePath().toString());
                });
        assertThatThrownBy(() -> vault("configured-but-wrong", other)).isInstanceOf(SealKeysLockedException.class);
    }

    @Test
    void theOriginalPasswordOpensTheKeys() {
        KeyVault restored = vault("", dir.resolve("original-password"));

        assertThat(restored.ca(KeyVault.CA_EC).certificate()).isNotNull();
    }

    @Test
    void anEmptyInstallationGeneratesItsPasswordOnce() {
        when(authorities.findAll()).thenReturn(List.of());
        Path fresh = dir.resolve("fresh/seal-key-password");

        vault("", fresh);

        assertThat(fresh).exists();
    }

    private KeyVault vault(String configured, Path passwordFile) {
        KeyVault vault = new KeyVault(authorities, seals, Clock.systemUTC(), new PlatformProperties(false, null, null,
                null, null, null, null, new PlatformProperties.SealKeys(configured, passwordFile)));
        vault.afterPropertiesSet();
        return vault;
    }
}
