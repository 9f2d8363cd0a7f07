package org.evidentia.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evidentia.intake.api.Enums.PersonRole;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.NewPerson;
import org.evidentia.intake.api.Occurred;
import org.evidentia.intake.api.ProtectedIdentity;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rotating the protected-identity key over stored persons, also after an interruption. */
class IdentityKeyRotationTest {

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  /** Five persons: two in the old v1 format, three sealed under the old key with its id. */
  private static List<String> persons(TestDatabase db, IdentityCipher old) {
    return db.inTransaction(
        "intake",
        em -> {
          CaseFile file =
              new CaseFile("EVD-R-" + System.nanoTime() % 100000, "Rotation", null, "cw", NOW);
          em.persist(file);
          Incident incident =
              new Incident(
                  file.id(),
                  new IncidentInput(
                      "Shelling",
                      "description",
                      new Occurred(
                          Instant.parse("2024-07-08T07:45:00Z"),
                          null,
                          org.evidentia.intake.api.Enums.DatePrecision.EXACT),
                      null,
                      "MISSILE_STRIKE",
                      "CRUISE_MISSILE",
                      "HOSPITAL",
                      null,
                      null),
                  "cw",
                  NOW);
          em.persist(incident);
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            Person person =
                new Person(
                    incident.id(),
                    "W-R" + System.nanoTime() % 1000000 + i,
                    new NewPerson(
                        PersonRole.WITNESS,
                        org.evidentia.intake.api.Enums.AgeGroup.ADULT,
                        null,
                        null,
                        null),
                    "cw",
                    NOW);
            String sealed = old.encrypt(person.id(), identity(i));
            if (i < 2) {
              sealed = "v1:" + sealed.substring(sealed.lastIndexOf(':') + 1);
            }
            person.seal(sealed);
            em.persist(person);
            ids.add(person.id());
          }
          return ids;
        });
  }

  private static ProtectedIdentity identity(int i) {
    return new ProtectedIdentity("Witness " + i, "+380 44 000 000" + i, null);
  }

  private static String sealed(TestDatabase db, String id) {
    return db.inTransaction("intake", em -> em.find(Person.class, id).sealedIdentity());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void everyIdentityMovesToTheNewKeyAndAnInterruptedRotationResumes(TestDatabase db) {
    byte[] oldKey = IdentityCipher.newKey();
    byte[] newKey = IdentityCipher.newKey();
    List<String> ids = persons(db, new IdentityCipher(oldKey));
    IdentityCipher rotating = new IdentityCipher(newKey, List.of(oldKey));
    IdentityCipher newOnly = new IdentityCipher(newKey);
    assertThatThrownBy(() -> newOnly.decrypt(ids.get(3), sealed(db, ids.get(3))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not configured");

    // Interrupted after one batch of two: some persons are under the new key, others not.
    long[] first = new long[2];
    String stoppedAt =
        db.inTransaction(
            "intake", em -> IdentityKeyRotation.rotateBatch(em, rotating, "", 2, first));
    assertThat(stoppedAt).isNotNull();

    // Run again from the start: what was done is recognised by its key id and skipped.
    long[] counts = new long[2];
    String after = "";
    while (after != null) {
      String from = after;
      after =
          db.inTransaction(
              "intake", em -> IdentityKeyRotation.rotateBatch(em, rotating, from, 2, counts));
    }
    for (int i = 0; i < ids.size(); i++) {
      String value = sealed(db, ids.get(i));
      assertThat(value).startsWith("v2:" + IdentityCipher.keyId(newKey) + ":");
      assertThat(newOnly.decrypt(ids.get(i), value)).isEqualTo(identity(i));
    }
    assertThat(rotating.underCurrentKey(sealed(db, ids.get(0)))).isTrue();
    // at least this test's five persons; earlier tests' persons on the shared database count too
    assertThat(first[0] + counts[0]).isGreaterThanOrEqualTo(5);
    assertThat(counts[1]).isGreaterThanOrEqualTo(first[0]);
  }
}
