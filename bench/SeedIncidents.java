import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds the incidents benchmark: one large case whose team includes {@code caseworker}, and a few
 * smaller cases the caseworker is not on, each incident with one source and one casualty claim.
 * Writes with plain JDBC batches into a schema the application has already migrated (Flyway), and
 * refuses to run twice on the same database. The data is the same on every run (fixed seed).
 *
 * <pre>
 * java -cp h2.jar:postgresql.jar bench/SeedIncidents.java JDBC_URL USER PASSWORD [INCIDENTS]
 * </pre>
 *
 * Prints {@code case-id=<id>} for the large case on standard output.
 */
public class SeedIncidents {

  static final String BENCH_CASE_ID = "0b7e3c1a-5eed-4b0e-9c00-000000000001";
  static final int OTHER_CASES = 4;
  static final int OTHER_CASE_INCIDENTS = 5_000;
  static final int BATCH = 1_000;
  static final LocalDateTime SEEDED_AT = LocalDateTime.of(2026, 1, 15, 9, 0);
  static final String BY = "bench-seed";

  record Region(String name, double lat, double lon, int weight, String... localities) {}

  /** About 25 regions of Ukraine, near their centres; front-line regions weigh more. */
  static final List<Region> REGIONS =
      List.of(
          new Region("Kyiv city", 50.45, 30.52, 4, "Kyiv"),
          new Region(
              "Kyiv Oblast", 50.10, 30.60, 4, "Bucha", "Irpin", "Borodianka", "Bila Tserkva"),
          new Region(
              "Kharkiv Oblast",
              49.70,
              36.60,
              14,
              "Kharkiv",
              "Izium",
              "Kupiansk",
              "Chuhuiv",
              "Balakliia",
              "Vovchansk"),
          new Region(
              "Donetsk Oblast",
              48.30,
              37.70,
              18,
              "Kramatorsk",
              "Sloviansk",
              "Bakhmut",
              "Pokrovsk",
              "Mariupol",
              "Avdiivka",
              "Kostiantynivka",
              "Toretsk"),
          new Region(
              "Luhansk Oblast", 48.70, 38.90, 4, "Sievierodonetsk", "Lysychansk", "Rubizhne"),
          new Region(
              "Zaporizhzhia Oblast",
              47.60,
              35.60,
              10,
              "Zaporizhzhia",
              "Orikhiv",
              "Huliaipole",
              "Stepnohirsk"),
          new Region(
              "Kherson Oblast", 46.70, 33.20, 10, "Kherson", "Beryslav", "Bilozerka", "Antonivka"),
          new Region("Mykolaiv Oblast", 47.20, 31.90, 5, "Mykolaiv", "Ochakiv", "Voznesensk"),
          new Region(
              "Odesa Oblast", 46.60, 30.30, 5, "Odesa", "Izmail", "Serhiivka", "Chornomorsk"),
          new Region(
              "Dnipropetrovsk Oblast",
              48.40,
              35.00,
              9,
              "Dnipro",
              "Kryvyi Rih",
              "Nikopol",
              "Marhanets",
              "Pavlohrad"),
          new Region(
              "Sumy Oblast",
              50.90,
              34.30,
              8,
              "Sumy",
              "Okhtyrka",
              "Shostka",
              "Krasnopillia",
              "Bilopillia"),
          new Region(
              "Chernihiv Oblast", 51.40, 31.90, 4, "Chernihiv", "Nizhyn", "Novhorod-Siverskyi"),
          new Region("Poltava Oblast", 49.60, 34.00, 2, "Poltava", "Kremenchuk", "Myrhorod"),
          new Region("Cherkasy Oblast", 49.20, 31.50, 1, "Cherkasy", "Uman", "Smila"),
          new Region("Vinnytsia Oblast", 49.00, 28.60, 1, "Vinnytsia", "Zhmerynka"),
          new Region("Zhytomyr Oblast", 50.60, 28.50, 1, "Zhytomyr", "Korosten", "Ovruch"),
          new Region("Kirovohrad Oblast", 48.40, 32.30, 1, "Kropyvnytskyi", "Oleksandriia"),
          new Region("Khmelnytskyi Oblast", 49.40, 27.00, 1, "Khmelnytskyi", "Starokostiantyniv"),
          new Region("Rivne Oblast", 50.90, 26.40, 1, "Rivne", "Dubno"),
          new Region("Volyn Oblast", 51.20, 25.00, 1, "Lutsk", "Kovel"),
          new Region("Lviv Oblast", 49.70, 24.00, 1, "Lviv", "Yavoriv", "Stryi"),
          new Region("Ternopil Oblast", 49.40, 25.60, 1, "Ternopil", "Chortkiv"),
          new Region("Ivano-Frankivsk Oblast", 48.80, 24.60, 1, "Ivano-Frankivsk", "Kalush"),
          new Region("Chernivtsi Oblast", 48.30, 25.90, 1, "Chernivtsi", "Khotyn"),
          new Region("Zakarpattia Oblast", 48.40, 23.10, 1, "Uzhhorod", "Mukachevo"));

  /** Incident types of db/intake/V004 with a rough share, the words for titles, and weapons. */
  record Kind(String code, int weight, String words, String... weapons) {}

  static final List<Kind> KINDS =
      List.of(
          new Kind("SHELLING", 30, "Shelling", "ARTILLERY", "MLRS"),
          new Kind(
              "MISSILE_STRIKE",
              14,
              "Missile strike",
              "ISKANDER_M",
              "CRUISE_MISSILE",
              "BALLISTIC_MISSILE"),
          new Kind("DRONE_STRIKE", 16, "Drone strike", "LOITERING_MUNITION"),
          new Kind("AIR_STRIKE", 8, "Air strike", "AERIAL_BOMB"),
          new Kind("CLUSTER_MUNITION_ATTACK", 4, "Cluster munition attack", "CLUSTER_MUNITIONS"),
          new Kind("SUMMARY_EXECUTION", 2, "Killing of detained civilians", "SMALL_ARMS"),
          new Kind("TORTURE", 2, "Ill-treatment of detainees"),
          new Kind("ENFORCED_DISAPPEARANCE", 3, "Disappearance of a civilian"),
          new Kind("DEPORTATION_OR_TRANSFER", 2, "Forced transfer of residents"),
          new Kind("SEXUAL_VIOLENCE", 1, "Sexual violence reported"),
          new Kind("PROPERTY_DESTRUCTION", 6, "Destruction of homes", "ARTILLERY", "UNKNOWN"),
          new Kind(
              "ATTACK_ON_MEDICAL_FACILITY",
              3,
              "Attack on a hospital",
              "CRUISE_MISSILE",
              "ARTILLERY",
              "AERIAL_BOMB"),
          new Kind(
              "ATTACK_ON_ENERGY_INFRASTRUCTURE",
              7,
              "Strike on a power plant",
              "CRUISE_MISSILE",
              "LOITERING_MUNITION",
              "BALLISTIC_MISSILE"),
          new Kind("OTHER", 2, "Incident", "UNKNOWN"));

  static final Map<String, Integer> STATUSES =
      ordered(
          "REPORTED",
          45,
          "UNDER_REVIEW",
          20,
          "NEEDS_INFORMATION",
          10,
          "VERIFIED",
          20,
          "REJECTED",
          5);

  static final String[] TARGETS = {
    "RESIDENTIAL_BUILDING",
    "RESIDENTIAL_BUILDING",
    "RESIDENTIAL_BUILDING",
    "SCHOOL",
    "KINDERGARTEN",
    "HOSPITAL",
    "MARKET_OR_SHOP",
    "VEHICLE",
    "ENERGY_FACILITY",
    "PLACE_OF_WORSHIP",
    "PERSONS",
    "OTHER"
  };

  static final String[] OPENINGS = {
    "Residents reported loud explosions in the early morning.",
    "Air raid sirens sounded shortly before the impact.",
    "Local authorities said the attack came without warning.",
    "Witnesses described several blasts in quick succession.",
    "The regional administration reported the strike on its channel.",
    "Emergency services arrived within minutes of the first explosion.",
    "Neighbours said the street had been quiet for several days before the attack."
  };

  static final String[] MIDDLES = {
    "A residential building was partly destroyed and several flats caught fire.",
    "Windows were shattered in a nearby school and a kindergarten.",
    "A maternity ward was damaged and patients were moved to the basement.",
    "Cars parked along the road were burned out.",
    "A bus stop and a grocery shop were hit while people queued for bread.",
    "Power lines were cut and the district was left without electricity.",
    "A church and the surrounding houses suffered heavy damage.",
    "Rescuers searched the rubble through the night for survivors.",
    "Fragments of the munition were collected by police investigators.",
    "The water pumping station stopped working after the blast."
  };

  static final String[] CLOSINGS = {
    "Casualty figures differ between the sources and remain to be verified.",
    "Photographs and video from the scene were collected by the team.",
    "Two witnesses gave statements to the caseworker.",
    "The site was visited later by a monitoring mission.",
    "Satellite imagery from the following day shows the damage.",
    "The figures given by officials were updated twice in the following week."
  };

  record SourceName(String kind, String name) {}

  static final SourceName[] SOURCES = {
    new SourceName("MEDIA", "Ukrinform"),
    new SourceName("MEDIA", "Suspilne"),
    new SourceName("MEDIA", "Kyiv Independent"),
    new SourceName("MEDIA", "Reuters"),
    new SourceName("OFFICIAL_STATEMENT", "Regional military administration"),
    new SourceName("OFFICIAL_STATEMENT", "State Emergency Service"),
    new SourceName("OFFICIAL_STATEMENT", "Office of the Prosecutor General"),
    new SourceName("NGO_REPORT", "UN Human Rights Monitoring Mission"),
    new SourceName("NGO_REPORT", "Human rights group field report"),
    new SourceName("WITNESS", "Witness statement"),
    new SourceName("VICTIM", "Statement of a survivor"),
    new SourceName("OPEN_SOURCE", "Geolocated social media video"),
    new SourceName("SATELLITE", "Commercial satellite imagery")
  };

  static final String[] RELIABILITY = {"A", "B", "B", "C", "C", "C", "D", "E", "F"};
  static final String[] POPULATIONS = {"ALL", "ALL", "ALL", "CIVILIANS", "CIVILIANS", "CHILDREN"};

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: SeedIncidents JDBC_URL USER PASSWORD [INCIDENTS]");
      System.exit(2);
    }
    String url = args[0];
    int incidents = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    Properties props = new Properties();
    props.setProperty("user", args[1]);
    props.setProperty("password", args[2]);
    if (url.startsWith("jdbc:postgresql:")) {
      props.setProperty("reWriteBatchedInserts", "true");
    }
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, props)) {
      db.setAutoCommit(false);
      if (exists(db)) {
        throw new IllegalStateException("the benchmark case is already in this database");
      }
      Random random = new Random(20260115L);
      new SeedIncidents(db, random).seed(incidents);
      db.commit();
      analyze(db, url.startsWith("jdbc:h2:"));
    }
    System.err.printf(
        "seeded %,d + %,d incidents with a source and a claim each in %s%n",
        incidents,
        OTHER_CASES * OTHER_CASE_INCIDENTS,
        Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
    System.out.println("case-id=" + BENCH_CASE_ID);
  }

  /** Fresh planner statistics, as the database would gather them on its own sooner or later. */
  static void analyze(Connection db, boolean h2) throws SQLException {
    try (Statement s = db.createStatement()) {
      if (h2) {
        s.execute("ANALYZE");
        db.commit();
        // A bulk load leaves H2's file many times larger than its data (36 GB for 0.5 GB once);
        // compacting it is what an administrator would do after one.
        s.execute("SHUTDOWN COMPACT");
      } else {
        // VACUUM also sets the visibility map, which lets counts read the index alone; autovacuum
        // would do the same soon after a bulk load.
        db.setAutoCommit(true);
        for (String table :
            List.of(
                "intake_incident_term",
                "intake_case",
                "intake_team_member",
                "intake_incident",
                "intake_source",
                "intake_casualty_claim")) {
          s.execute("VACUUM ANALYZE " + table);
        }
      }
    }
  }

  static boolean exists(Connection db) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT COUNT(*) FROM intake_case WHERE id = ?")) {
      s.setString(1, BENCH_CASE_ID);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  private final Connection db;
  private final Random random;
  private final int regionTotal = REGIONS.stream().mapToInt(Region::weight).sum();
  private final int kindTotal = KINDS.stream().mapToInt(Kind::weight).sum();
  private final int statusTotal = STATUSES.values().stream().mapToInt(Integer::intValue).sum();

  SeedIncidents(Connection db, Random random) {
    this.db = db;
    this.random = random;
  }

  void seed(int incidents) throws SQLException {
    insertCase(
        BENCH_CASE_ID,
        "BENCH-0001",
        "Benchmark: incidents 2022-2025",
        List.of("caseworker", "reviewer1", "analyst"));
    List<String> others = new ArrayList<>();
    for (int i = 0; i < OTHER_CASES; i++) {
      String id = uuid();
      others.add(id);
      // Teams without the caseworker: their incidents must never show in the caseworker's lists.
      insertCase(
          id,
          String.format("BENCH-%04d", i + 2),
          "Benchmark: other team " + (i + 1),
          List.of(i % 2 == 0 ? "reviewer2" : "admin"));
    }
    db.commit();
    insertIncidents(BENCH_CASE_ID, incidents);
    for (String other : others) {
      insertIncidents(other, OTHER_CASE_INCIDENTS);
    }
  }

  void insertCase(String id, String reference, String title, List<String> team)
      throws SQLException {
    try (PreparedStatement c =
            db.prepareStatement(
                "INSERT INTO intake_case (id, reference, title, summary, created_at, created_by,"
                    + " version) VALUES (?, ?, ?, ?, ?, ?, 1)");
        PreparedStatement m =
            db.prepareStatement(
                "INSERT INTO intake_team_member (case_id, username, may_view_protected, added_at,"
                    + " added_by) VALUES (?, ?, ?, ?, ?)")) {
      c.setString(1, id);
      c.setString(2, reference);
      c.setString(3, title);
      c.setString(4, "Generated data for the incidents list benchmark (bench/).");
      c.setObject(5, SEEDED_AT);
      c.setString(6, BY);
      c.executeUpdate();
      for (String username : team) {
        m.setString(1, id);
        m.setString(2, username);
        m.setBoolean(3, username.equals("caseworker"));
        m.setObject(4, SEEDED_AT);
        m.setString(5, BY);
        m.addBatch();
      }
      m.executeBatch();
    }
  }

  void insertIncidents(String caseId, int count) throws SQLException {
    try (PreparedStatement incident =
            db.prepareStatement(
                "INSERT INTO intake_incident (id, case_id, title, narrative, status, occurred_from,"
                    + " occurred_to, occurred_precision, place_name, country, region, district,"
                    + " locality, latitude, longitude, location_precision, incident_type, weapon,"
                    + " target, alleged_perpetrator, same_event_as, created_at, created_by,"
                    + " updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        PreparedStatement source =
            db.prepareStatement(
                "INSERT INTO intake_source (id, incident_id, kind, name, reference, url,"
                    + " published_on, reliability, created_at, created_by, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        PreparedStatement claim =
            db.prepareStatement(
                "INSERT INTO intake_casualty_claim (id, incident_id, source_id, as_of, population,"
                    + " killed_min, killed_max, injured_min, injured_max, note, created_at,"
                    + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement term =
            db.prepareStatement("INSERT INTO intake_incident_term (incident_id, term) VALUES (?, ?)")) {
      for (int n = 1; n <= count; n++) {
        addIncident(caseId, incident, source, claim, term);
        if (n % BATCH == 0 || n == count) {
          incident.executeBatch();
          term.executeBatch();
          source.executeBatch();
          claim.executeBatch();
          db.commit();
        }
      }
    }
  }

  private void addIncident(
      String caseId,
      PreparedStatement incident,
      PreparedStatement source,
      PreparedStatement claim,
      PreparedStatement term)
      throws SQLException {
    String id = uuid();
    Region region = weighted(REGIONS, Region::weight, regionTotal);
    String locality = pick(region.localities());
    Kind kind = weighted(KINDS, Kind::weight, kindTotal);
    String status = weightedStatus();
    // Any minute from 2022-01-01 to 2025-12-31.
    LocalDateTime occurred =
        LocalDateTime.of(2022, 1, 1, 0, 0).plusMinutes(random.nextInt(4 * 365 * 24 * 60));
    boolean exact = random.nextInt(3) > 0;
    String target = pick(TARGETS);
    String title = kind.words() + " in " + locality + ", " + target.toLowerCase().replace('_', ' ');
    String narrative =
        String.join(" ", pick(OPENINGS), pick(MIDDLES), pick(MIDDLES), pick(CLOSINGS))
            + " Reported near "
            + locality
            + " ("
            + region.name()
            + ").";
    double lat = region.lat() + (random.nextDouble() - 0.5) * 0.8;
    double lon = region.lon() + (random.nextDouble() - 0.5) * 1.2;

    int i = 1;
    incident.setString(i++, id);
    incident.setString(i++, caseId);
    incident.setString(i++, title);
    incident.setString(i++, narrative);
    incident.setString(i++, status);
    incident.setObject(i++, occurred);
    if (exact) {
      incident.setNull(i++, Types.TIMESTAMP);
    } else {
      incident.setObject(i++, occurred.plusHours(1 + random.nextInt(12)));
    }
    incident.setString(i++, exact ? "EXACT" : "DAY");
    incident.setString(i++, locality + ", " + target.toLowerCase().replace('_', ' '));
    incident.setString(i++, "Ukraine");
    incident.setString(i++, region.name());
    incident.setString(i++, locality + " district");
    incident.setString(i++, locality);
    incident.setDouble(i++, Math.round(lat * 1e5) / 1e5);
    incident.setDouble(i++, Math.round(lon * 1e5) / 1e5);
    incident.setString(i++, random.nextBoolean() ? "EXACT" : "LOCALITY");
    incident.setString(i++, kind.code());
    if (kind.weapons().length == 0) {
      incident.setNull(i++, Types.VARCHAR);
    } else {
      incident.setString(i++, pick(kind.weapons()));
    }
    incident.setString(i++, target);
    String perpetrator =
        random.nextInt(4) == 0
            ? "Armed forces of the Russian Federation (unit not identified)"
            : null;
    incident.setString(i++, perpetrator);
    incident.setNull(i++, Types.VARCHAR);
    LocalDateTime recorded = occurred.plusDays(1 + random.nextInt(30));
    incident.setObject(i++, recorded);
    incident.setString(i++, "caseworker");
    incident.setObject(i++, recorded);
    incident.setString(i++, "caseworker");
    incident.addBatch();
    for (String word : words(
        title,
        narrative,
        locality + ", " + target.toLowerCase().replace('_', ' '),
        region.name(),
        locality + " district",
        locality,
        perpetrator == null ? "" : perpetrator)) {
      term.setString(1, id);
      term.setString(2, word);
      term.addBatch();
    }

    String sourceId = uuid();
    SourceName from = pick(SOURCES);
    LocalDate published = occurred.toLocalDate().plusDays(random.nextInt(10));
    i = 1;
    source.setString(i++, sourceId);
    source.setString(i++, id);
    source.setString(i++, from.kind());
    source.setString(i++, from.name());
    source.setString(i++, "Report " + (100_000 + random.nextInt(900_000)));
    source.setString(i++, "https://example.org/reports/" + sourceId.substring(0, 8));
    source.setObject(i++, published);
    source.setString(i++, pick(RELIABILITY));
    source.setObject(i++, recorded);
    source.setString(i++, "caseworker");
    source.addBatch();

    int killed = random.nextInt(4) == 0 ? random.nextInt(25) : 0;
    int injured = random.nextInt(40);
    i = 1;
    claim.setString(i++, uuid());
    claim.setString(i++, id);
    claim.setString(i++, sourceId);
    claim.setObject(i++, published);
    claim.setString(i++, pick(POPULATIONS));
    claim.setInt(i++, killed);
    claim.setInt(i++, killed + random.nextInt(3));
    claim.setInt(i++, injured);
    claim.setInt(i++, injured + random.nextInt(5));
    if (random.nextInt(5) == 0) {
      claim.setString(i++, "Figures as first reported; later updates may differ.");
    } else {
      claim.setNull(i++, Types.VARCHAR);
    }
    claim.setObject(i++, recorded);
    claim.setString(i++, "caseworker");
    claim.addBatch();
  }

  private String uuid() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T weighted(List<T> values, java.util.function.ToIntFunction<T> weight, int total) {
    int n = random.nextInt(total);
    for (T value : values) {
      n -= weight.applyAsInt(value);
      if (n < 0) {
        return value;
      }
    }
    throw new AssertionError();
  }

  private String weightedStatus() {
    int n = random.nextInt(statusTotal);
    for (Map.Entry<String, Integer> e : STATUSES.entrySet()) {
      n -= e.getValue();
      if (n < 0) {
        return e.getKey();
      }
    }
    throw new AssertionError();
  }

  private static Map<String, Integer> ordered(Object... pairs) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return map;
  }

  /**
   * The words an incident is found by, by the same rules as the application's SearchTerms (ADR
   * 0010): runs of letters and digits, lower-cased, apostrophes dropped, at most 40 characters.
   */
  static java.util.Set<String> words(String... texts) {
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    for (String text : texts) {
      for (String word : text.toLowerCase(java.util.Locale.ROOT).replaceAll("['’ʼ`]", "").split("[^\\p{L}\\p{Nd}]+")) {
        if (!word.isEmpty()) {
          words.add(word.length() > 40 ? word.substring(0, 40) : word);
        }
      }
    }
    return words;
  }
}
