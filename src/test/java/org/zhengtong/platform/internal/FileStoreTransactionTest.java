package org.zhengtong.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.IntegrationTest;
import org.zhengtong.platform.FileStore;

/**
 * The file store against transactions: a file is kept and registered only when the transaction that stored it
 * commits; one left behind by a process that died before its commit is swept after the grace period, and a file a
 * committed row refers to never is, however old.
 */
@IntegrationTest
class FileStoreTransactionTest {

    @Autowired LocalFileStore store;
    @Autowired FileStoreSweep sweep;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRolledBackTransactionLeavesNoFileAndNoRegistration() {
        AtomicReference<String> key = new AtomicReference<>();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            key.set(store.store(content("用印 interrupted")).key());
            assertThat(store.resolve(key.get())).as("on disk before the commit").exists();
            throw new IllegalStateException("the 用印 fails after its files were written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.resolve(key.get())).doesNotExist();
        assertThat(registered(key.get())).isFalse();
    }

    @Test
    void aCommittedFileIsKeptAndRegisteredWithItsChecksum() {
        FileStore.StoredFile stored = transactions.execute(status -> store.store(content("sealed")));

        assertThat(store.resolve(stored.key())).exists().hasContent("sealed");
        assertThat(jdbc.queryForObject("select sha256 from platform_file where storage_key = ?", String.class,
                stored.key())).isEqualTo(stored.sha256());
    }

    @Test
    void anOrphanOlderThanTheGracePeriodIsSwept() throws IOException {
        Path orphan = unregisteredFile(Duration.ofHours(2));

        sweep.sweep();

        assertThat(orphan).doesNotExist();
    }

    @Test
    void aYoungOrphanIsLeftToTheTransactionStillWritingIt() throws IOException {
        Path young = unregisteredFile(Duration.ofMinutes(5));

        sweep.sweep();

        assertThat(young).exists();
    }

    @Test
    void aRegisteredFileIsNeverSweptHoweverOld() throws IOException {
        FileStore.StoredFile stored = transactions.execute(status -> store.store(content("archived 1998")));
        Path file = store.resolve(stored.key());
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(9000))));

        sweep.sweep();

        assertThat(file).exists().hasContent("archived 1998");
    }

    @Test
    void onlyNamesTheStoreMakesAreEverRemoved() throws IOException {
        Path foreign = store.root().resolve("2020/1/README.txt");
        Files.createDirectories(foreign.getParent());
        Files.writeString(foreign, "an operator's note");
        Files.setLastModifiedTime(foreign, FileTime.from(Instant.now().minus(Duration.ofDays(30))));

        sweep.sweep();

        assertThat(foreign).exists();
    }

    /** A file the way a killed process leaves it: written under a store key, never registered, this old. */
    private Path unregisteredFile(Duration age) throws IOException {
        Path file = store.resolve("2020/1/" + UUID.randomUUID());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "orphan");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    private boolean registered(String key) {
        return jdbc.queryForObject("select count(*) from platform_file where storage_key = ?", Integer.class, key) > 0;
    }

    private static ByteArrayInputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
