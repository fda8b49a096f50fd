package org.kuzet.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupScheduleTest {

    @Test
    void intervalsAreWrittenAsMonitorsWriteThemOrInIso8601() {
        assertThat(BackupSchedule.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(BackupSchedule.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(BackupSchedule.parse(" 7d ")).isEqualTo(Duration.ofDays(7));
        assertThat(BackupSchedule.parse("PT12H")).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void anIntervalThatIsNotOneOrIsShorterThanFiveMinutesIsRefusedSayingWhy() {
        assertThatThrownBy(() -> BackupSchedule.parse("daily")).isInstanceOf(BackupException.class)
                .hasMessageContaining("'daily' is not an interval such as 24h");
        assertThatThrownBy(() -> BackupSchedule.parse("4m")).isInstanceOf(BackupException.class)
                .hasMessageContaining("at least 5 minutes");
    }

    @Test
    void pruningKeepsTheNewestScheduledBackupsAndTouchesNoOtherFile(@TempDir Path dir) throws IOException {
        for (String stamp : List.of("20261201T000000Z", "20261202T000000Z", "20261203T000000Z", "20261204T000000Z")) {
            Files.writeString(dir.resolve(BackupSchedule.PREFIX + stamp + BackupSchedule.SUFFIX), stamp);
        }
        Files.writeString(dir.resolve("before-the-upgrade.zip.gpg"), "kept by hand");

        new BackupSchedule(null, "", dir.toString(), 2, "").prune();

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly("before-the-upgrade.zip.gpg",
                    "kuzet-backup-20261203T000000Z.zip.gpg", "kuzet-backup-20261204T000000Z.zip.gpg");
        }
    }
}
