package org.evidentia.bundle.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidentia.bagit.Finding;
import org.evidentia.bagit.Verdict;
import org.evidentia.bundle.api.Bundles;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The check page ({@code bundle/verify.xhtml}): an uploaded bundle checked by the same offline
 * verifier as {@code ./evidentia verify-bundle}. The upload is copied to a temporary file (the
 * verifier reads a ZIP by random access) and deleted once checked; nothing of it is kept.
 */
@Named("bundleCheck")
@ViewScoped
public class BundleCheckView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BundleCheckView.class.getName());

  @Inject Bundles bundles;

  private Result result;

  /** A finding as the page lists it. */
  public record Line(String code, String path, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Line of(Finding f) {
      return new Line(f.code().name(), f.path(), f.message());
    }
  }

  /** What the page shows of a verdict, kept in the view (a Verdict is not serializable). */
  public record Result(
      String fileName,
      boolean intact,
      long payloadFiles,
      long payloadBytes,
      List<Line> problems,
      List<Line> warnings)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    result = null;
    Path temp = null;
    try {
      temp = Files.createTempFile("evidentia-check-", ".zip");
      try (InputStream in = file.getInputStream()) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      result = check(temp, file.getFileName());
    } catch (DomainException e) {
      Feedback.refused("check", e);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.INFO, "a bundle upload could not be checked", e);
      // The exception's text may name server paths: it stays in the log.
      Feedback.error(Pages.text("verify.failed", e.getClass().getSimpleName()));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "could not delete " + temp, e);
        }
      }
      try {
        file.delete();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "the container removes the part at the end of the request", e);
      }
    }
  }

  private Result check(Path bag, String fileName) {
    Verdict v = bundles.check(bag, fileName);
    return new Result(
        fileName,
        v.valid(),
        v.payloadFiles(),
        v.payloadBytes(),
        v.problems().stream().map(Line::of).toList(),
        v.warnings().stream().map(Line::of).toList());
  }

  public String size(long bytes) {
    return Pages.size(bytes);
  }

  public Result getResult() {
    return result;
  }
}
