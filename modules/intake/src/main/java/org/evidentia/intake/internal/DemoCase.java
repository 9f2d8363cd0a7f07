package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Enums.AgeGroup;
import org.evidentia.intake.api.Enums.DatePrecision;
import org.evidentia.intake.api.Enums.LocationPrecision;
import org.evidentia.intake.api.Enums.PersonRole;
import org.evidentia.intake.api.Enums.Population;
import org.evidentia.intake.api.Enums.SourceKind;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.NewClaim;
import org.evidentia.intake.api.NewPerson;
import org.evidentia.intake.api.NewSource;
import org.evidentia.intake.api.Occurred;
import org.evidentia.intake.api.ProtectedIdentity;
import org.evidentia.intake.api.Range;
import org.evidentia.kernel.ApplicationStarted;
import org.evidentia.kernel.Caller;

/**
 * The demo case: incidents, sources, casualty claims and persons taken from five published news
 * reports (2022 to 2025), retold in our own words. Loaded once, on the first demo start-up, and
 * never again, so the users' edits and deletions stand.
 *
 * <p>Facts and figures are as the reports give them; weekdays they mention ("on Monday") are
 * resolved to dates. Persons carry fictional placeholder names: the real names in the reports are
 * deliberately not recorded.
 */
@ApplicationScoped
class DemoCase {

  static final String TITLE = "Demo: attacks on civilians in Ukraine, 2022-2025";
  static final String CHILD_CASUALTIES =
      "Children killed and injured nationwide since 24 February 2022";
  static final String BORDER_REGIONS_CLAIM =
      "Russian claim: 652 civilians killed in regions bordering Ukraine";

  private static final String SUMMARY =
      "Sample case for trying Evidentia out. Its incidents are built from five published news"
          + " reports (2022-2025) on attacks on civilians in Ukraine and on disputed casualty"
          + " counts. Figures are recorded as the reports give them, one claim per source, and"
          + " none has been verified by this team. Names of victims are replaced by placeholders.";

  private static final Logger LOG = Logger.getLogger(DemoCase.class.getName());

  private record Member(String username, boolean mayViewProtected) {}

  /** The demo accounts of the identity module; only the caseworker sees protected identities. */
  private static final List<Member> TEAM =
      List.of(
          new Member("caseworker", true),
          new Member("reviewer1", false),
          new Member("reviewer2", false),
          new Member("analyst", false));

  /** A source and the figures it gives; each claim's source id is filled in when stored. */
  record Cited(NewSource source, List<NewClaim> claims) {}

  /** One incident with its sources and the persons in it. */
  record DemoIncident(IncidentInput incident, List<Cited> sources, List<NewPerson> persons) {}

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  @Inject IdentityVault vault;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Transactional
  void onStart(@Observes ApplicationStarted started) {
    if (!started.demo()) {
      return;
    }
    loadOnce(em, clock.instant(), vault::seal)
        .ifPresent(
            loaded -> {
              audit.record(
                  AuditEvent.of(
                      "DEMO_CASE_LOADED",
                      "case",
                      loaded.id(),
                      loaded.reference() + ", " + INCIDENTS.size() + " incidents"));
              LOG.info(
                  "DEMO MODE: loaded the demo case "
                      + loaded.reference()
                      + " with "
                      + INCIDENTS.size()
                      + " incidents");
            });
  }

  /**
   * Creates the demo case unless it was loaded before (in this database, by any instance).
   *
   * @param seal encrypts a person's protected identity, bound to the person's id
   * @return the case, or empty when it had been loaded already
   */
  static Optional<CaseView> loadOnce(
      EntityManager em, Instant now, BiFunction<String, ProtectedIdentity, String> seal) {
    if (Counter.next(em, "demo") != 1) {
      return Optional.empty();
    }
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    String by = Caller.SYSTEM;
    String reference = String.format("EVD-%d-%04d", today.getYear(), Counter.next(em, "case"));
    CaseFile file = new CaseFile(reference, TITLE, SUMMARY, by, now);
    em.persist(file);
    // No mapped relations tell the persistence provider the order of inserts: each parent row is
    // flushed before the rows that refer to it.
    em.flush();
    for (Member member : TEAM) {
      em.persist(new TeamMember(file.id(), member.username(), member.mayViewProtected(), by, now));
    }
    for (DemoIncident demo : INCIDENTS) {
      // The same rules as a caseworker's input, so the demo never holds what users could not enter.
      IncidentRules.check(
          demo.incident(),
          now,
          (vocabulary, code) -> VocabularyTerm.isOffered(em, vocabulary, code));
      Incident incident = new Incident(file.id(), demo.incident(), by, now);
      em.persist(incident);
      em.flush();
      for (Cited cited : demo.sources()) {
        Source source = new Source(incident.id(), cited.source(), by, now, today);
        em.persist(source);
        em.flush();
        for (NewClaim claim : cited.claims()) {
          NewClaim sourced =
              new NewClaim(
                  source.id(),
                  claim.asOf(),
                  claim.population(),
                  claim.killed(),
                  claim.injured(),
                  claim.note());
          em.persist(new CasualtyClaim(incident.id(), sourced, by, now, today));
        }
      }
      for (NewPerson newPerson : demo.persons()) {
        Person.check(newPerson, today);
        String prefix = newPerson.role().prefix();
        String pseudonym = String.format("%s-%04d", prefix, Counter.next(em, prefix));
        Person person = new Person(incident.id(), pseudonym, newPerson, by, now);
        person.seal(seal.apply(person.id(), newPerson.protectedIdentity()));
        em.persist(person);
      }
    }
    em.flush();
    return Optional.of(file.view());
  }

  // The facts. Each incident names the sample news article it comes from (by file name).

  private static final String RUSSIAN_FORCES = "Russian armed forces";

  static final List<DemoIncident> INCIDENTS =
      List.of(
          // 004_b4ce0c88a80255a6.txt: Amnesty International's report on 2024.
          new DemoIncident(
              incident(
                  "Cruise missile strike on Ohmatdyt children's hospital, Kyiv",
                  "A Russian cruise missile hit the Ohmatdyt National Children's Hospital in Kyiv"
                      + " on 8 July 2024. The hospital treats children from the whole country,"
                      + " among other things with chemotherapy and reconstructive surgery, and"
                      + " the strike left it heavily damaged. Two people died and more than 100"
                      + " were hurt, children among them. Amnesty International lists the strike"
                      + " in its report on 2024 and says it appears to be a war crime. It was one"
                      + " part of a coordinated missile attack on several cities that day,"
                      + " recorded as a separate incident.",
                  on("2024-07-08"),
                  new Location(
                      "Ohmatdyt National Children's Hospital",
                      "Ukraine",
                      "Kyiv city",
                      null,
                      "Kyiv",
                      50.4497,
                      30.4765,
                      LocationPrecision.VICINITY),
                  "ATTACK_ON_MEDICAL_FACILITY",
                  "CRUISE_MISSILE",
                  "HOSPITAL",
                  RUSSIAN_FORCES),
              List.of(
                  source(
                      SourceKind.NGO_REPORT,
                      "Amnesty International",
                      "Annual report on 2024, chapter on Russia's war against Ukraine; summarised"
                          + " in an online news report",
                      null,
                      claim(
                          "2024-07-08",
                          Population.ALL,
                          exactly(2),
                          exactly(100),
                          "Toll of the strike as the report gives it: 2 dead, more than 100"
                              + " injured, children among the injured."))),
              List.of()),

          // 004_b4ce0c88a80255a6.txt: the wider attack the Ohmatdyt strike belonged to.
          new DemoIncident(
              incident(
                  "Coordinated missile attack on Kyiv, Dnipro and Kryvyi Rih",
                  "On 8 July 2024 Russia fired missiles at Kyiv, Dnipro and Kryvyi Rih in one"
                      + " coordinated attack, the strike on Ohmatdyt hospital included. Amnesty"
                      + " International counts at least 43 civilians killed across the three"
                      + " cities that day.",
                  on("2024-07-08"),
                  new Location(
                      "Kyiv, Dnipro and Kryvyi Rih", "Ukraine", null, null, null, null, null, null),
                  "MISSILE_STRIKE",
                  null,
                  null,
                  RUSSIAN_FORCES),
              List.of(
                  source(
                      SourceKind.NGO_REPORT,
                      "Amnesty International",
                      "Annual report on 2024; summarised in an online news report",
                      null,
                      claim(
                          "2024-07-08",
                          Population.CIVILIANS,
                          exactly(43),
                          null,
                          "At least 43 civilians killed in the three cities."))),
              List.of()),

          // 002_7189dfa7fd00dc2b.txt: report of March 2022 on children killed and deported.
          new DemoIncident(
              incident(
                  "Cluster munitions on Sonechko kindergarten, Okhtyrka",
                  "In Okhtyrka, roughly 70 miles from Kharkiv, a bombing destroyed the Sonechko"
                      + " nursery and kindergarten on 25 February 2022, the second day of the"
                      + " full-scale invasion. Six people were reported dead, among them a"
                      + " girl of seven and her grandfather, who reportedly died before her eyes"
                      + " as he tried to save her. Amnesty International says cluster munitions"
                      + " were used, scattering over a residential neighbourhood.",
                  on("2022-02-25"),
                  new Location(
                      "Sonechko nursery and kindergarten",
                      "Ukraine",
                      "Sumy oblast",
                      null,
                      "Okhtyrka",
                      50.3105,
                      34.8988,
                      LocationPrecision.LOCALITY),
                  "CLUSTER_MUNITION_ATTACK",
                  "CLUSTER_MUNITIONS",
                  "KINDERGARTEN",
                  RUSSIAN_FORCES),
              List.of(
                  source(
                      SourceKind.MEDIA,
                      "UK online news report",
                      "Report of 23 March 2022 on children killed and taken to Russia in the"
                          + " first month of the invasion",
                      "2022-03-23",
                      claim(
                          "2022-03-23",
                          Population.ALL,
                          exactly(6),
                          null,
                          "Six dead, including a seven-year-old girl and her grandfather.")),
                  source(
                      SourceKind.NGO_REPORT,
                      "Amnesty International",
                      "Attributes the attack to cluster munitions; as cited in the same news"
                          + " report",
                      null)),
              List.of(
                  victim(
                      AgeGroup.CHILD, "F", "Demo victim A", "Girl, 7, killed at the kindergarten."),
                  victim(
                      AgeGroup.UNKNOWN,
                      "M",
                      "Demo victim B",
                      "Her grandfather, killed while trying to rescue her."))),

          // 002_7189dfa7fd00dc2b.txt: the same report, on Mariupol.
          new DemoIncident(
              incident(
                  "Bombing of the children's and maternity hospital, Mariupol",
                  "On 9 March 2022 a hospital for children and expectant mothers in besieged"
                      + " Mariupol was bombed, which drew condemnation around the world. Photos"
                      + " and footage showed injured women in late pregnancy being rescued from"
                      + " the ruins. Three deaths were reported straight away: two adults and a"
                      + " girl aged six. Five days later a woman who had been photographed on a"
                      + " stretcher was reported to have died, and her newborn with her. Another"
                      + " woman from the city gave birth to a daughter shortly after the"
                      + " bombing. Russia called the reports \"fake news\" and said the hospital"
                      + " was a legitimate military target.",
                  on("2022-03-09"),
                  new Location(
                      "Children's and maternity hospital",
                      "Ukraine",
                      "Donetsk oblast",
                      null,
                      "Mariupol",
                      47.0971,
                      37.5434,
                      LocationPrecision.LOCALITY),
                  "ATTACK_ON_MEDICAL_FACILITY",
                  "UNKNOWN",
                  "MATERNITY_HOSPITAL",
                  RUSSIAN_FORCES),
              List.of(
                  source(
                      SourceKind.MEDIA,
                      "UK online news report",
                      "Report of 23 March 2022 on children killed and taken to Russia in the"
                          + " first month of the invasion",
                      "2022-03-23",
                      claim(
                          "2022-03-09",
                          Population.ALL,
                          exactly(3),
                          null,
                          "Reported right after the attack: a girl aged six and two adults."),
                      claim(
                          "2022-03-14",
                          Population.ALL,
                          exactly(5),
                          null,
                          "Five in all: the three above, and a wounded woman and her newborn"
                              + " reported dead five days after the attack.")),
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "Russian authorities",
                      "Denial: called the reports fake news and the hospital a military target;"
                          + " as cited in the same news report",
                      null)),
              List.of(
                  victim(AgeGroup.CHILD, "F", "Demo victim C", "Girl, 6, killed in the attack."),
                  victim(
                      AgeGroup.ADULT,
                      "F",
                      "Demo victim D",
                      "Pregnant woman carried out on a stretcher; died five days later with her"
                          + " newborn."),
                  new NewPerson(
                      PersonRole.SURVIVOR,
                      AgeGroup.ADULT,
                      "F",
                      placeholder(
                          "Demo survivor A", "Gave birth to a daughter shortly after the bombing."),
                      null))),

          // 001_8aa55508fc22344b.txt: news report of 18 July 2022 (the strike was on Saturday).
          new DemoIncident(
              incident(
                  "Two Iskander-M missiles strike Pokrovsk",
                  "Two Iskander-M missiles hit Pokrovsk, a city in Donetsk oblast some 40 km"
                      + " from the front line, on Saturday 16 July 2022. Two days later deputy"
                      + " mayor Marharyta Idrisova put the toll at one dead at least and 14 in"
                      + " hospital with moderate or light injuries, with over 30 buildings"
                      + " damaged. Strikes from missiles and aircraft on the"
                      + " city had grown more frequent as Russia sought to weaken Ukraine's"
                      + " defences in the region.",
                  on("2022-07-16"),
                  new Location(
                      "Pokrovsk",
                      "Ukraine",
                      "Donetsk oblast",
                      null,
                      "Pokrovsk",
                      48.2820,
                      37.1760,
                      LocationPrecision.LOCALITY),
                  "MISSILE_STRIKE",
                  "ISKANDER_M",
                  null,
                  RUSSIAN_FORCES),
              List.of(
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "Deputy mayor of Pokrovsk (Marharyta Idrisova)",
                      "Statement on the toll, made on Monday 18 July 2022 and carried by an"
                          + " English-language online news report",
                      "2022-07-18",
                      claim(
                          "2022-07-18",
                          Population.ALL,
                          exactly(1),
                          exactly(14),
                          "At least one dead; 14 in hospital with moderate or light injuries;"
                              + " over 30 buildings damaged."))),
              List.of()),

          // 001_8aa55508fc22344b.txt and the photo caption in 000_69dd596d4d4ce97c.txt.
          new DemoIncident(
              incident(
                  "Shelling of Toretsk kills six",
                  "Russian shelling killed six people in Toretsk, a town in Donetsk oblast, on"
                      + " Monday 18 July 2022, the State Emergency Service of Ukraine reported."
                      + " An AFP photo caption published three days later gives the same toll.",
                  on("2022-07-18"),
                  new Location(
                      "Toretsk",
                      "Ukraine",
                      "Donetsk oblast",
                      null,
                      "Toretsk",
                      48.3979,
                      37.8470,
                      LocationPrecision.LOCALITY),
                  "SHELLING",
                  null,
                  null,
                  RUSSIAN_FORCES),
              List.of(
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "State Emergency Service of Ukraine",
                      "Toll given on the day; carried by an English-language online news report",
                      "2022-07-18",
                      claim("2022-07-18", Population.ALL, exactly(6), null, "Six dead.")),
                  source(
                      SourceKind.MEDIA,
                      "AFP",
                      "Photo caption with a news report of 21 July 2022 on child casualties",
                      "2022-07-21",
                      claim("2022-07-18", Population.ALL, exactly(6), null, "Six dead."))),
              List.of()),

          // 002_7189dfa7fd00dc2b.txt: the deportation claim of 22 March 2022.
          new DemoIncident(
              incident(
                  "Reported transfer of 2,389 children from Donetsk and Luhansk oblasts to Russia",
                  "On Tuesday 22 March 2022 Ukraine's foreign ministry said Russia had moved"
                      + " 2,389 children out of Donetsk and Luhansk oblasts and across the border"
                      + " into Russia, and called it a gross breach of international law. The US"
                      + " Embassy in Kyiv repeated the figure, calling it kidnapping rather than"
                      + " help. The claim could not be checked independently: the area had been"
                      + " under siege for more than two weeks. Separately, Mariupol's"
                      + " authorities said several thousand residents had been deported to Russia"
                      + " against their will.",
                  between("2022-02-24", "2022-03-22"),
                  new Location(
                      "Donetsk and Luhansk oblasts",
                      "Ukraine",
                      null,
                      null,
                      null,
                      null,
                      null,
                      LocationPrecision.REGION),
                  "DEPORTATION_OR_TRANSFER",
                  null,
                  "PERSONS",
                  "Russian Federation"),
              List.of(
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "Ministry of Foreign Affairs of Ukraine",
                      "Statement giving the number of children taken to Russia (2,389); as cited"
                          + " in a UK online news report of 23 March 2022",
                      "2022-03-22"),
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "US Embassy in Kyiv",
                      "Social media post relaying the ministry's figure",
                      "2022-03-22")),
              List.of()),

          // 000_69dd596d4d4ce97c.txt (OHCHR, Prosecutor General) and 001_8aa55508fc22344b.txt
          // (juvenile prosecutors); the March count in the narrative is from 002.
          new DemoIncident(
              incident(
                  CHILD_CASUALTIES,
                  "Running national counts of children killed and injured since the full-scale"
                      + " invasion began on 24 February 2022. Within a few days of July 2022"
                      + " three bodies gave three different figures: the UN human rights office"
                      + " (OHCHR) 346 killed as of 18 July, Ukraine's juvenile prosecutors at"
                      + " least 353 on the same day, and the Prosecutor General's Office 358 by"
                      + " the morning of 21 July. The prosecutors say their numbers are not final"
                      + " while areas of fighting and occupied or liberated territory are still"
                      + " being checked; OHCHR expects the real toll to be well above its own."
                      + " Each figure is kept as its own claim. An earlier count by the"
                      + " Prosecutor General, of 23 March 2022, stood at 121 killed and 167"
                      + " wounded.",
                  between("2022-02-24", "2022-07-21"),
                  new Location(
                      "Ukraine (nationwide)", "Ukraine", null, null, null, null, null, null),
                  "OTHER",
                  null,
                  "PERSONS",
                  RUSSIAN_FORCES),
              List.of(
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "UN Human Rights Office (OHCHR)",
                      "Civilian casualty update for Ukraine; summarised in an online news report"
                          + " of 21 July 2022",
                      "2022-07-18",
                      claim(
                          "2022-07-18",
                          Population.CHILDREN,
                          exactly(346),
                          exactly(547),
                          "Part of 5,110 civilians killed and 6,752 injured by OHCHR's count;"
                              + " most were caused by wide-area explosive weapons such as heavy"
                              + " artillery, rocket launchers, missiles and air strikes."
                              + " OHCHR expects the real figures to be much higher.")),
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "Juvenile prosecutors, Prosecutor General's Office of Ukraine",
                      "Figures announced on Monday 18 July 2022; carried by an English-language"
                          + " online news report",
                      "2022-07-18",
                      claim(
                          "2022-07-18",
                          Population.CHILDREN,
                          exactly(353),
                          exactly(665),
                          "Given as at least 353 killed and more than 665 injured; most injuries"
                              + " in Donetsk, Kharkiv and Kyiv regions.")),
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "Office of the Prosecutor General of Ukraine",
                      "Statement of Thursday 21 July 2022; quoted in an online news report of the"
                          + " same day",
                      "2022-07-21",
                      claim(
                          "2022-07-21",
                          Population.CHILDREN,
                          exactly(358),
                          exactly(681),
                          "1,039 children affected in all. By region: Donetsk about 361,"
                              + " Kharkiv 194, Kyiv 116, Chernihiv 68, Luhansk 61, Mykolaiv 53,"
                              + " Kherson 52, Zaporizhzhia 40. Not final."))),
              List.of()),

          // 003_cf12a2bbd9f641f4.txt: Bastrykin's figures, published by TASS on 2 March 2025.
          new DemoIncident(
              incident(
                  BORDER_REGIONS_CLAIM,
                  "Alexander Bastrykin, head of Russia's Investigative Committee, told the TASS"
                      + " news agency that strikes by Ukraine on Russia's border regions had"
                      + " killed 652 civilians, 23 of them children, and injured close to"
                      + " 3,000. He offered no evidence, and nobody has checked the figures"
                      + " independently; Ukraine had not answered the claim. Both countries deny"
                      + " deliberately attacking civilians.",
                  between("2022-02-24", "2025-03-02"),
                  new Location(
                      "Russian regions bordering Ukraine",
                      "Russia",
                      null,
                      null,
                      null,
                      null,
                      null,
                      LocationPrecision.REGION),
                  "OTHER",
                  null,
                  "PERSONS",
                  "Ukrainian armed forces (alleged by Russian authorities)"),
              List.of(
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "Investigative Committee of Russia (Alexander Bastrykin)",
                      "Interview with the TASS news agency, reported in an online news article"
                          + " of early March 2025; no supporting evidence given",
                      "2025-03-02",
                      claim(
                          "2025-03-02",
                          Population.CIVILIANS,
                          exactly(652),
                          null,
                          "Unverified. Close to 3,000 injured, no exact figure given."),
                      claim(
                          "2025-03-02",
                          Population.CHILDREN,
                          exactly(23),
                          null,
                          "Unverified; included in the 652."))),
              List.of()),

          // 003_cf12a2bbd9f641f4.txt: Kharkiv, 28 February 2025.
          new DemoIncident(
              incident(
                  "Drone attack on a medical facility in Kharkiv",
                  "Russian drones struck a medical facility in Kharkiv on 28 February 2025,"
                      + " causing heavy damage; at least five people were hurt. Ukrainian"
                      + " officials condemned it as part of Russia's continuing attacks on"
                      + " civilian infrastructure.",
                  on("2025-02-28"),
                  new Location(
                      "Kharkiv",
                      "Ukraine",
                      "Kharkiv oblast",
                      null,
                      "Kharkiv",
                      49.9935,
                      36.2304,
                      LocationPrecision.LOCALITY),
                  "DRONE_STRIKE",
                  null,
                  "HOSPITAL",
                  RUSSIAN_FORCES),
              List.of(
                  source(
                      SourceKind.OFFICIAL_STATEMENT,
                      "Ukrainian officials",
                      "Statements reported in an online news article of early March 2025",
                      null,
                      claim(
                          "2025-02-28",
                          Population.ALL,
                          null,
                          exactly(5),
                          "At least five injured."))),
              List.of()));

  private static IncidentInput incident(
      String title,
      String narrative,
      Occurred occurred,
      Location location,
      String incidentType,
      String weapon,
      String target,
      String allegedPerpetrator) {
    return new IncidentInput(
        title,
        narrative,
        occurred,
        location,
        incidentType,
        weapon,
        target,
        allegedPerpetrator,
        null);
  }

  /** A day known, the time not: midnight UTC. */
  private static Occurred on(String date) {
    return new Occurred(midnight(date), null, DatePrecision.DAY);
  }

  private static Occurred between(String from, String to) {
    return new Occurred(midnight(from), midnight(to), DatePrecision.DAY);
  }

  private static Instant midnight(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** A single figure; "at least" and "more than" are said in the claim's note. */
  private static Range exactly(int count) {
    return new Range(count, count);
  }

  private static Cited source(
      SourceKind kind, String name, String reference, String publishedOn, NewClaim... claims) {
    return new Cited(
        new NewSource(
            kind, name, reference, null, publishedOn == null ? null : LocalDate.parse(publishedOn)),
        List.of(claims));
  }

  private static NewClaim claim(
      String asOf, Population population, Range killed, Range injured, String note) {
    return new NewClaim(null, LocalDate.parse(asOf), population, killed, injured, note);
  }

  private static NewPerson victim(AgeGroup ageGroup, String sex, String name, String notes) {
    return new NewPerson(PersonRole.VICTIM, ageGroup, sex, placeholder(name, notes), null);
  }

  private static ProtectedIdentity placeholder(String name, String notes) {
    return new ProtectedIdentity(
        name, null, notes + " Fictional placeholder: the real name is not recorded.");
  }
}
