package org.evidentia.evidence.internal;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import com.drew.imaging.heif.HeifMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.mp4.Mp4MetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.quicktime.QuickTimeMetadataReader;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.lang.RandomAccessFileReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.metadata.QuickTimeMetadataDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.evidence.api.EmbeddedMetadata;

/**
 * What a photo, video or recording says about itself: capture time, device, GPS position, from
 * EXIF, XMP and QuickTime/MP4 boxes. A file without metadata yields {@link EmbeddedMetadata#NONE};
 * reading metadata never refuses an upload.
 *
 * <p>Evidence files come from anyone, so the parser is never handed a whole file to trust: it reads
 * the stored file through bounds. JPEG: the first {@value #JPEG_HEAD} bytes (segments are at most
 * 64 KiB each). TIFF and raw formats: random access to the file, limited to its first {@value
 * #TIFF_VIEW} bytes, so no tag can declare more than that. PNG, QuickTime, MP4 and HEIF: a copy of
 * their metadata chunks or boxes made after checking every declared size and compressed chunk
 * ({@link HostileFile}). Other formats are not read. A file refused by these checks, or that breaks
 * the parser, is reported as {@link Result#problem()}.
 */
final class MetadataReader {

  static final long JPEG_HEAD = 16L * 1024 * 1024;
  static final int TIFF_VIEW = 16 * 1024 * 1024;

  /** What was read, and why nothing could be when the file was refused or broke the parser. */
  record Result(EmbeddedMetadata metadata, String problem) {}

  private static final Logger LOG = Logger.getLogger(MetadataReader.class.getName());
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  /** QuickTime counts from 1904 and writes 0 when unset: anything before 1971 is no date. */
  private static final Instant EARLIEST = Instant.parse("1971-01-01T00:00:00Z");

  private static final Pattern ISO6709 =
      Pattern.compile("([+-]\\d{1,2}(?:\\.\\d+)?)([+-]\\d{1,3}(?:\\.\\d+)?)");

  private MetadataReader() {}

  static EmbeddedMetadata read(Path file) {
    return analyse(file).metadata();
  }

  /** Reads the metadata of a stored file within the bounds above; never throws. */
  static Result analyse(Path file) {
    try {
      FileType type;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        type = FileTypeDetector.detectFileType(in);
      }
      Metadata metadata =
          switch (type) {
            case Jpeg -> {
              try (InputStream in = HostileFile.head(file, JPEG_HEAD)) {
                yield JpegMetadataReader.readMetadata(in);
              }
            }
            case Tiff, Dng, Arw, Cr2, Nef, Orf, Rw2, Pef, Srw -> {
              try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                yield TiffMetadataReader.readMetadata(new BoundedFileReader(raf, TIFF_VIEW));
              }
            }
            case Png ->
                PngMetadataReader.readMetadata(new ByteArrayInputStream(HostileFile.png(file)));
            case QuickTime ->
                QuickTimeMetadataReader.readMetadata(
                    new ByteArrayInputStream(HostileFile.boxes(file, false)));
            case Mp4 ->
                Mp4MetadataReader.readMetadata(
                    new ByteArrayInputStream(HostileFile.boxes(file, false)));
            case Heif ->
                HeifMetadataReader.readMetadata(
                    new ByteArrayInputStream(HostileFile.boxes(file, true)));
            default -> null;
          };
      return new Result(metadata == null ? EmbeddedMetadata.NONE : read(metadata), null);
    } catch (HostileFile.Unreadable e) {
      LOG.warning("metadata of " + file.getFileName() + " not read: " + e.getMessage());
      return new Result(EmbeddedMetadata.NONE, e.getMessage());
    } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
      // Malformed metadata is common in evidence; the bytes are kept as they are.
      LOG.log(Level.INFO, "metadata of " + file.getFileName() + " unreadable", e);
      return new Result(
          EmbeddedMetadata.NONE, "the parser failed (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Random access to the first {@code view} bytes of a file: metadata-extractor checks every
   * declared offset and count against {@link #getLength()}, so nothing larger can be allocated.
   */
  private static final class BoundedFileReader extends RandomAccessFileReader {
    private final long view;

    BoundedFileReader(RandomAccessFile file, long view) throws IOException {
      super(file);
      this.view = Math.min(view, file.length());
    }

    @Override
    public long getLength() {
      return view;
    }

    @Override
    protected boolean isValidIndex(int index, int bytesRequested) throws IOException {
      return index >= 0
          && bytesRequested >= 0
          && (long) index + bytesRequested <= view
          && super.isValidIndex(index, bytesRequested);
    }

    @Override
    protected void validateIndex(int index, int bytesRequested) throws IOException {
      if (!isValidIndex(index, bytesRequested)) {
        throw new java.io.EOFException(
            "outside the first " + view + " bytes: " + index + "+" + bytesRequested);
      }
      super.validateIndex(index, bytesRequested);
    }
  }

  static EmbeddedMetadata read(Metadata metadata) {
    Instant captured = null;
    boolean zoneKnown = false;

    ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
    if (exif != null && exif.getDateOriginal(UTC) != null) {
      zoneKnown = exif.containsTag(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL);
      captured = exif.getDateOriginal(UTC).toInstant();
    }
    if (!zoneKnown && gps != null && gps.getGpsDate() != null) {
      // GPS time is UTC by definition: better than a camera clock without offset.
      captured = gps.getGpsDate().toInstant();
      zoneKnown = true;
    }
    if (captured == null) {
      Date qt =
          date(
              metadata,
              QuickTimeMetadataDirectory.class,
              QuickTimeMetadataDirectory.TAG_CREATION_DATE);
      if (qt == null) {
        qt = date(metadata, QuickTimeDirectory.class, QuickTimeDirectory.TAG_CREATION_TIME);
      }
      if (qt == null) {
        qt = date(metadata, Mp4Directory.class, Mp4Directory.TAG_CREATION_TIME);
      }
      if (qt != null && qt.toInstant().isAfter(EARLIEST)) {
        // QuickTime and MP4 creation times are UTC.
        captured = qt.toInstant();
        zoneKnown = true;
      }
    }
    if (captured == null) {
      XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
      if (xmp != null) {
        Map<String, String> properties = xmp.getXmpProperties();
        for (String key : new String[] {"exif:DateTimeOriginal", "xmp:CreateDate"}) {
          String value = properties.get(key);
          if (value != null && captured == null) {
            try {
              captured = OffsetDateTime.parse(value).toInstant();
              zoneKnown = true;
            } catch (DateTimeParseException e) {
              try {
                captured = LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
              } catch (DateTimeParseException ignored) {
                // not a date we can read
              }
            }
          }
        }
      }
    }

    Double latitude = null;
    Double longitude = null;
    GeoLocation location = gps == null ? null : gps.getGeoLocation();
    if (location != null
        && !location.isZero()
        && valid(location.getLatitude(), location.getLongitude())) {
      latitude = location.getLatitude();
      longitude = location.getLongitude();
    } else {
      String iso6709 =
          string(
              metadata,
              QuickTimeMetadataDirectory.class,
              QuickTimeMetadataDirectory.TAG_LOCATION_ISO6709);
      if (iso6709 != null) {
        Matcher m = ISO6709.matcher(iso6709);
        if (m.lookingAt()) {
          double lat = Double.parseDouble(m.group(1));
          double lon = Double.parseDouble(m.group(2));
          if (valid(lat, lon)) {
            latitude = lat;
            longitude = lon;
          }
        }
      }
    }

    String make = string(metadata, ExifIFD0Directory.class, ExifDirectoryBase.TAG_MAKE);
    String model = string(metadata, ExifIFD0Directory.class, ExifDirectoryBase.TAG_MODEL);
    if (make == null && model == null) {
      make =
          string(metadata, QuickTimeMetadataDirectory.class, QuickTimeMetadataDirectory.TAG_MAKE);
      model =
          string(metadata, QuickTimeMetadataDirectory.class, QuickTimeMetadataDirectory.TAG_MODEL);
    }
    return new EmbeddedMetadata(captured, zoneKnown, latitude, longitude, device(make, model));
  }

  /** "Apple iPhone 12", not "Apple Apple iPhone 12"; at most 200 characters. */
  static String device(String make, String model) {
    String device;
    if (make == null) {
      device = model;
    } else if (model == null || model.toLowerCase().startsWith(make.toLowerCase())) {
      device = model == null ? make : model;
    } else {
      device = make + " " + model;
    }
    if (device == null || device.isBlank()) {
      return null;
    }
    device = device.strip();
    return device.length() > 200 ? device.substring(0, 200) : device;
  }

  private static boolean valid(double latitude, double longitude) {
    return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  }

  private static <T extends Directory> Date date(Metadata metadata, Class<T> type, int tag) {
    for (T directory : metadata.getDirectoriesOfType(type)) {
      Date date = directory.getDate(tag, UTC);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static <T extends Directory> String string(Metadata metadata, Class<T> type, int tag) {
    for (T directory : metadata.getDirectoriesOfType(type)) {
      String value = directory.getString(tag);
      if (value != null && !value.isBlank()) {
        return value.strip().replace("\0", "");
      }
    }
    return null;
  }
}
