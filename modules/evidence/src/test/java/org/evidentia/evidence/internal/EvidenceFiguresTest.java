package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.EvidenceKind;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DashboardFigure;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The dashboard alarm, counted in a real database: only the viewer's cases, all for admins. */
class EvidenceFiguresTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private record Viewer(String username, Set<Role> roles) implements Caller {
    @Override
    public String address() {
      return null;
    }

    @Override
    public boolean hasRole(Role role) {
      return roles.contains(role);
    }
  }

  private static void item(TestDatabase db, String caseId, boolean failed) {
    db.run(
        "evidence",
        em -> {
          String id = UUID.randomUUID().toString();
          String sha =
              (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "").substring(0, 64);
          em.persist(new StoredContent(sha, "f".repeat(128), 10, id, NOW));
          em.flush();
          EvidenceItem item =
              new EvidenceItem(
                  id,
                  UUID.randomUUID().toString(),
                  caseId,
                  new NewEvidence(EvidenceKind.PHOTO, null, "s", null, null, false, false, null),
                  "a.jpg",
                  new EvidenceItem.Analysis(
                      sha, "f".repeat(128), 10, "image/jpeg", null, EmbeddedMetadata.NONE),
                  null,
                  "caseworker",
                  NOW);
          if (failed) {
            item.checked(false, NOW);
          }
          em.persist(item);
        });
  }

  private static List<DashboardFigure> figures(
      TestDatabase db, Set<String> myCases, Caller viewer) {
    EntityManager em = db.unit("evidence").createEntityManager();
    try {
      EvidenceFigures figures = new EvidenceFigures();
      figures.em = em;
      figures.access =
          new EvidenceAccess() {
            @Override
            Set<String> myCaseIds() {
              return myCases;
            }
          };
      return figures.figures(viewer, Locale.ENGLISH);
    } finally {
      em.close();
    }
  }

  @Test
  void failedItemsAreCountedForTheViewersCasesAndForAdministratorsEverywhere() {
    // A database of its own: the counts across all cases are exact.
    TestDatabase db = TestDatabase.freshH2();
    String mine = UUID.randomUUID().toString();
    String theirs = UUID.randomUUID().toString();
    item(db, mine, false);
    item(db, mine, true);
    item(db, theirs, true);

    List<DashboardFigure> caseworker =
        figures(db, Set.of(mine), new Viewer("caseworker", Set.of(Role.CASEWORKER)));
    assertThat(caseworker)
        .extracting(DashboardFigure::label, DashboardFigure::value, DashboardFigure::alarm)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Evidence items in my cases", 2L, false),
            org.assertj.core.groups.Tuple.tuple("Items that failed the integrity check", 1L, true));

    List<DashboardFigure> admin = figures(db, Set.of(), new Viewer("admin", Set.of(Role.ADMIN)));
    assertThat(admin)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.label()).contains("all cases");
              assertThat(f.value()).isEqualTo(2L);
              assertThat(f.alarm()).isTrue();
            });
    assertThat(figures(db, Set.of(), new Viewer("analyst", Set.of(Role.LEGAL_ANALYST)))).isEmpty();
  }
}
