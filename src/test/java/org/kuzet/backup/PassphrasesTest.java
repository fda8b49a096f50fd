package org.kuzet.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassphrasesTest {

    @Test
    void aPassphraseFileGivesItsFirstLineWithoutTheLineEnd(@TempDir Path dir) throws IOException {
        Path windows = Files.writeString(dir.resolve("windows.txt"), "горы и степи Алатау\r\nsecond line\r\n");
        Path unix = Files.writeString(dir.resolve("unix.txt"), "горы и степи Алатау\n");
        Path bare = Files.writeString(dir.resolve("bare.txt"), "горы и степи Алатау");

        assertThat(String.valueOf(Passphrases.fromFile(windows))).isEqualTo("горы и степи Алатау");
        assertThat(String.valueOf(Passphrases.fromFile(unix))).isEqualTo("горы и степи Алатау");
        assertThat(String.valueOf(Passphrases.fromFile(bare))).isEqualTo("горы и степи Алатау");
    }

    @Test
    void anEmptyFirstLineOrAMissingFileIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\nthe passphrase on the second line\n");

        assertThatThrownBy(() -> Passphrases.fromFile(empty)).isInstanceOf(BackupException.class)
                .hasMessageContaining("empty.txt holds no passphrase");
        assertThatThrownBy(() -> Passphrases.fromFile(dir.resolve("missing.txt"))).isInstanceOf(BackupException.class)
                .hasMessageContaining("cannot read the passphrase file");
    }
}
