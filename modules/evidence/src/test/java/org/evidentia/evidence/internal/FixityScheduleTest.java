package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled run goes through every content, whatever happens to one of them. */
class FixityScheduleTest {

  @TempDir Path root;

  @Test
  void oneContentThatCannotBeRecordedDoesNotStopTheRun() {
    List<StoredContent> contents = new ArrayList<>();
    for (char c : "abcde".toCharArray()) {
      contents.add(
          new StoredContent(
              String.valueOf(c).repeat(64), "f".repeat(128), 10, "item-" + c, Instant.EPOCH));
    }
    List<String> recorded = new ArrayList<>();
    long[] finished = new long[3];
    FixitySchedule schedule = new FixitySchedule();
    schedule.clock = Clock.systemUTC();
    schedule.settings =
        new EvidenceSettings() {
          private final ContentStore store = new ContentStore(root);

          @Override
          ContentStore store() {
            return store;
          }
        };
    schedule.recorder =
        new EvidenceRecorder() {
          @Override
          List<StoredContent> contentsAfter(String after, int batch) {
            return contents.stream().filter(c -> c.sha256().compareTo(after) > 0).limit(2).toList();
          }

          @Override
          List<String> integrityChecked(
              String sha256, ContentStore.Fixity fixity, String how, Instant at) {
            if (sha256.startsWith("b")) {
              throw new IllegalStateException("deadlock detected");
            }
            recorded.add(sha256.substring(0, 1));
            return List.of();
          }

          @Override
          void fixityRunFinished(long checked, long failed, long errors) {
            finished[0] = checked;
            finished[1] = failed;
            finished[2] = errors;
          }
        };

    schedule.runNow();

    assertThat(recorded).containsExactly("a", "c", "d", "e");
    // None of the files exists: all failed, one could not even be recorded.
    assertThat(finished).containsExactly(5, 5, 1);
  }
}
