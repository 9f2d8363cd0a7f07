package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.evidentia.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whose fault a failed upload is: the sender's (400) or the store's (500/507, logged SEVERE). */
class EvidenceServiceTest {

  @TempDir Path data;

  private EvidenceService service() {
    EvidenceSettings settings = new EvidenceSettings();
    settings.dataDir = data.toString();
    settings.maxSize = 1000;
    settings.fixityInterval = Duration.ofHours(1);
    settings.init();
    EvidenceService service = new EvidenceService();
    service.settings = settings;
    return service;
  }

  @Test
  void anUploadThatBreaksOffIsABadRequest() {
    InputStream breaking =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset by peer");
          }
        };
    assertThatThrownBy(() -> service().stage("incident-1", null, breaking))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("broke off");
  }

  @Test
  void aStoreThatCannotWriteIsTheServersFault() throws IOException {
    EvidenceService service = service();
    // Something in the way of incoming/, as a volume gone read-only or a wrong mount would be.
    Path incoming = data.resolve("evidence").resolve("incoming");
    Files.createDirectories(incoming.getParent());
    Files.writeString(incoming, "in the way");
    assertThatThrownBy(
            () -> service.stage("incident-1", null, new ByteArrayInputStream("abc".getBytes())))
        .isInstanceOf(EvidenceService.StorageFailure.class)
        .isNotInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((EvidenceService.StorageFailure) e).full()).isFalse());
  }
}
