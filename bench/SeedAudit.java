import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Seeds the audit chain benchmark: appends N entries to the chain of a schema the application
 * has already migrated, continuing from its head, and moves the head to the last one. Each hash is
 * computed as the audit module's ChainLink computes it (the same canonical encoding, written out
 * again here because ChainLink is internal to the module); if the two ever differ, the
 * application's verification reports the first seeded entry as broken, so the benchmark checks
 * the copy as well. Plain JDBC batches; the content is the same on every run.
 *
 * <pre>
 * java -cp h2.jar:postgresql.jar bench/SeedAudit.java JDBC_URL USER PASSWORD [ENTRIES]
 * </pre>
 */
public class SeedAudit {

  static final int BATCH = 2_000;
  static final Instant START = Instant.parse("2026-01-15T09:00:00Z");
  static final String[] ACTIONS = {
    "INCIDENT_CREATED", "INCIDENT_UPDATED", "SOURCE_ADDED", "EVIDENCE_UPLOADED", "REVIEW_SIGN_OFF",
    "LOGIN"
  };
  static final String[] ACTORS = {"caseworker", "reviewer1", "reviewer2", "analyst", "admin"};

  public static void main(String[] args) throws Exception {
    String url = args[0];
    long entries = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000;
    Properties props = new Properties();
    props.setProperty("user", args[1]);
    props.setProperty("password", args[2]);
    if (url.startsWith("jdbc:postgresql:")) {
      props.setProperty("reWriteBatchedInserts", "true");
    }
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, props)) {
      db.setAutoCommit(false);
      long sequence;
      String previous;
      try (Statement s = db.createStatement();
          ResultSet head =
              s.executeQuery(
                  "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
        head.next();
        sequence = head.getLong(1);
        previous = head.getString(2);
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      HexFormat hex = HexFormat.of();
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO audit_entry (sequence_no, recorded_at, actor, action, target_type,"
                  + " target_id, address, details, previous_hash, entry_hash)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (long i = 0; i < entries; i++) {
          long seq = ++sequence;
          // Milliseconds vary (the column keeps them and the hash covers them); 37 ms apart.
          Instant at = START.plusMillis(i * 37);
          String actor = ACTORS[(int) (i % ACTORS.length)];
          String action = ACTIONS[(int) (i % ACTIONS.length)];
          String targetType = "Incident";
          String targetId = "bench-" + (i / 10);
          String address = i % 3 == 0 ? null : "10.0.0." + (i % 250);
          String details = "bench entry " + i + ": field changes, a rationale, a file name ünïcode";
          StringBuilder c = new StringBuilder(256);
          field(c, Long.toString(seq));
          field(c, at.toString());
          field(c, actor);
          field(c, action);
          field(c, targetType);
          field(c, targetId);
          field(c, address);
          field(c, details);
          field(c, previous);
          String hash = hex.formatHex(sha.digest(c.toString().getBytes(StandardCharsets.UTF_8)));
          insert.setLong(1, seq);
          insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
          insert.setString(3, actor);
          insert.setString(4, action);
          insert.setString(5, targetType);
          insert.setString(6, targetId);
          insert.setString(7, address);
          insert.setString(8, details);
          insert.setString(9, previous);
          insert.setString(10, hash);
          insert.addBatch();
          previous = hash;
          if ((i + 1) % BATCH == 0 || i + 1 == entries) {
            insert.executeBatch();
          }
          if ((i + 1) % 100_000 == 0) {
            System.err.printf("seed-audit: %d entries%n", i + 1);
          }
        }
      }
      try (PreparedStatement head =
          db.prepareStatement(
              "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
        head.setLong(1, sequence);
        head.setString(2, previous);
        head.executeUpdate();
      }
      db.commit();
      if (url.startsWith("jdbc:postgresql:")) {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
          s.execute("VACUUM ANALYZE audit_entry");
        }
      }
      System.out.println("last-sequence=" + sequence);
    }
    System.err.printf(
        "seed-audit: %d entries in %.1f s%n", entries, (System.nanoTime() - started) / 1e9);
  }

  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append("-\n");
    } else {
      out.append(value.getBytes(StandardCharsets.UTF_8).length)
          .append(':')
          .append(value)
          .append('\n');
    }
  }
}
