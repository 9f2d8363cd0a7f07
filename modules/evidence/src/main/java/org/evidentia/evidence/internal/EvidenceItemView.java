package org.evidentia.evidence.internal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.evidentia.evidence.api.Comparison;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.Integrity;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceContent;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.evidence.api.IntegrityResult;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.NotFoundException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One evidence item: every field, both hashes, what the file says beside what was claimed, the
 * original for download, an integrity check on demand and the chain of custody. Opening the page is
 * recorded as VIEWED; anyone not on the case team gets the 404 page.
 */
@Named
@ViewScoped
public class EvidenceItemView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A capture this far from the claimed or the incident's time is highlighted. */
  static final Duration TIME_TOLERANCE = Duration.ofHours(24);

  /** A GPS position this far from the incident's coordinates is highlighted. */
  static final double DISTANCE_TOLERANCE_METERS = 1_000;

  @Inject Evidence evidence;

  @Inject Incidents incidents;

  @Inject IncidentParticulars particulars;

  private String id;

  private transient IntegrityResult checked;

  private transient EvidenceView item;
  private transient IncidentView incident;
  private transient List<CustodyEventView> custody;
  private transient String sourceName;

  /** Opens the item (recorded as VIEWED), or answers 404 as if it did not exist. */
  public void load() {
    if (id == null || id.isBlank()) {
      Feedback.notFound();
      return;
    }
    try {
      item = evidence.get(id);
      incident = incidents.get(item.incidentId());
    } catch (NotFoundException e) {
      Feedback.notFound();
    }
  }

  /** Re-hashes the stored bytes now and shows the result; a failure is an alarm, never repaired. */
  public void checkIntegrity() {
    try {
      checked = evidence.checkIntegrity(id);
      item = null;
      custody = null;
      if (checked.integrity() == Integrity.OK) {
        Feedback.info(Pages.text("integrity.checked.ok"));
      } else {
        Feedback.error(Pages.text("integrity.checked.failed"));
      }
    } catch (DomainException e) {
      Feedback.refused("item", e);
    }
  }

  /**
   * The original bytes, streamed to the browser from the store; recorded as DOWNLOADED when the
   * button is pressed (a POST carrying the view state, so no other site can make it happen).
   */
  public StreamedContent download() {
    try {
      EvidenceContent content = evidence.openContent(id);
      custody = null;
      // As the API does (EvidenceResource): never HTML, SVG or script in our origin, and a
      // sandbox should a browser show it anyway. PrimeFaces sends it as an attachment.
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseHeader("Content-Security-Policy", "sandbox");
      return DefaultStreamedContent.builder()
          .name(content.fileName())
          .contentType(
              MediaTypes.isActive(content.mediaType())
                  ? "application/octet-stream"
                  : content.mediaType())
          .contentLength(content.size())
          .stream(
              () -> {
                try {
                  return content.opener().open();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .build();
    } catch (ConflictException e) {
      Feedback.refused("item", e);
      return null;
    }
  }

  public EvidenceView getItem() {
    if (item == null && id != null) {
      item = evidence.peek(id);
    }
    return item;
  }

  public IncidentView getIncident() {
    if (incident == null && getItem() != null) {
      incident = incidents.get(getItem().incidentId());
    }
    return incident;
  }

  public List<CustodyEventView> getCustody() {
    if (custody == null && id != null) {
      custody = evidence.custody(id);
    }
    return custody;
  }

  /** The name of the incident's source the file came from, or null. */
  public String getSourceName() {
    if (sourceName == null && getItem() != null && getItem().sourceId() != null) {
      sourceName =
          particulars.sources(getItem().incidentId()).stream()
              .filter(s -> s.id().equals(getItem().sourceId()))
              .map(SourceView::name)
              .findFirst()
              .orElse(getItem().sourceId());
    }
    return sourceName;
  }

  public IntegrityResult getChecked() {
    return checked;
  }

  public EmbeddedMetadata getMetadata() {
    EmbeddedMetadata metadata = getItem().metadata();
    return metadata == null ? EmbeddedMetadata.NONE : metadata;
  }

  public boolean isHasMetadata() {
    EmbeddedMetadata m = getMetadata();
    return m.capturedAt() != null || m.latitude() != null || m.device() != null;
  }

  private Comparison comparison() {
    Comparison c = getItem().comparison();
    return c == null ? new Comparison(null, null, null, null) : c;
  }

  /** Captured after the time it was said to be obtained, or far from it. */
  public boolean isObtainedDiffers() {
    Long seconds = comparison().captureToObtainedSeconds();
    return seconds != null && (seconds < 0 || seconds > TIME_TOLERANCE.toSeconds());
  }

  public boolean isCapturedAfterObtained() {
    Long seconds = comparison().captureToObtainedSeconds();
    return seconds != null && seconds < 0;
  }

  public boolean isIncidentTimeDiffers() {
    Long seconds = comparison().captureToIncidentSeconds();
    return seconds != null && Math.abs(seconds) > TIME_TOLERANCE.toSeconds();
  }

  public boolean isPlaceDiffers() {
    Double meters = comparison().distanceFromIncidentMeters();
    return meters != null && meters > DISTANCE_TOLERANCE_METERS;
  }

  public boolean isNameDiffers() {
    return Boolean.FALSE.equals(comparison().nameMatchesContent());
  }

  /** From the capture to the claimed time obtained, as people read it ("1 h 20 min"). */
  public String getCaptureToObtained() {
    return duration(comparison().captureToObtainedSeconds(), units());
  }

  /** From the incident's start to the capture: "+2 h 5 min" after it, "-3 d 1 h" before. */
  public String getCaptureToIncident() {
    return duration(comparison().captureToIncidentSeconds(), units());
  }

  /** Kilometres with two decimals, or null when one of the positions is unknown. */
  public String getDistanceKm() {
    Double meters = comparison().distanceFromIncidentMeters();
    return meters == null ? null : String.format(Locale.ROOT, "%.2f", meters / 1000);
  }

  /** A coordinate pair with five decimals (about a metre), or null. */
  public String position(Double latitude, Double longitude) {
    if (latitude == null || longitude == null) {
      return null;
    }
    return String.format(Locale.ROOT, "%.5f, %.5f", latitude, longitude);
  }

  private static String[] units() {
    return new String[] {
      Pages.text("unit.days"), Pages.text("unit.hours"), Pages.text("unit.minutes")
    };
  }

  /** Days, hours and minutes with the given unit words; a minus sign when negative. */
  static String duration(Long seconds, String[] units) {
    if (seconds == null) {
      return null;
    }
    long s = Math.abs(seconds);
    long days = s / 86_400;
    long hours = s % 86_400 / 3_600;
    long minutes = s % 3_600 / 60;
    StringBuilder text = new StringBuilder(seconds < 0 ? "−" : "");
    if (days > 0) {
      text.append(days).append(' ').append(units[0]).append(' ');
    }
    if (days > 0 || hours > 0) {
      text.append(hours).append(' ').append(units[1]).append(' ');
    }
    text.append(minutes).append(' ').append(units[2]);
    return text.toString();
  }

  public String bytes(long size) {
    return Pages.bytes(size);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
