package org.evidentia.verification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceStanding;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.IncidentWorkflow;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;
import org.evidentia.kernel.PagedQuery.Condition;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;
import org.evidentia.verification.api.IncidentReviewed;
import org.evidentia.verification.api.NotificationView;
import org.evidentia.verification.api.QueueFilter;
import org.evidentia.verification.api.QueueItem;
import org.evidentia.verification.api.ReviewAction;
import org.evidentia.verification.api.ReviewActionType;
import org.evidentia.verification.api.ReviewView;
import org.evidentia.verification.api.Reviews;
import org.evidentia.verification.api.SignOffView;
import org.evidentia.verification.api.TransitionView;

/**
 * The review state machine. An action locks the incident's row first (through intake), so actions
 * on one incident are applied one after another on every instance; everything it checks is read
 * after the lock, and a sign-off is counted in the same transaction that records it.
 */
@ApplicationScoped
@Transactional
class ReviewService implements Reviews {

  static final Set<String> QUEUE_SORTABLE = Set.of("inReviewSince", "title", "decidedAt");

  private static final PagedQuery INBOX =
      new PagedQuery("Notification", List.of("title"), Map.of(), "e.createdAt DESC, e.id");

  @PersistenceContext(unitName = "verification")
  EntityManager em;

  @Inject IncidentWorkflow workflow;

  @Inject Incidents incidents;

  @Inject IncidentParticulars particulars;

  @Inject Evidence evidence;

  @Inject Cases cases;

  @Inject Caller caller;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject ReviewSettings settings;

  @Inject Event<IncidentReviewed> reviewed;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReviewView review(String incidentId) {
    IncidentView incident = incidents.get(incidentId);
    return view(incident, state(incidentId));
  }

  @Override
  public ReviewView act(String incidentId, ReviewAction request) {
    if (request == null || request.action() == null) {
      throw new InvalidInputException("action", "name the action: " + actionNames());
    }
    ReviewActionType action = request.action();
    try {
      return apply(workflow.lock(incidentId), action, request);
    } catch (RuleViolationException | ConflictException e) {
      // The transaction rolls back; the refusal stays in the audit log all the same.
      audit.recordAlways(
          AuditEvent.of(
              "REVIEW_REFUSED",
              "incident",
              incidentId,
              action + " by " + caller.username() + ": " + e.getMessage()));
      throw e;
    }
  }

  private ReviewView apply(IncidentView incident, ReviewActionType action, ReviewAction request) {
    String me = caller.username();
    if (!caller.hasRole(action.role())) {
      throw new RuleViolationException(
          action
              + " is for "
              + roleName(action.role())
              + "s on the case team, and you are not one");
    }
    ReviewState state = state(incident.id());
    if (request.expectedVersion() != null && request.expectedVersion() != incident.version()) {
      throw new ConflictException(changedSince(incident, state, request.expectedVersion()));
    }
    if (!action.from().contains(incident.status())) {
      throw new ConflictException(
          action
              + " is not possible while the incident is "
              + incident.status()
              + "; it is possible when it is "
              + action.from());
    }
    EvidenceStanding standing = evidence.standing(incident.id());
    Optional<String> blocked = ruleAgainst(incident, action, state, standing);
    if (blocked.isPresent()) {
      throw new RuleViolationException(blocked.get());
    }
    String rationale = ReviewRules.rationale(request);
    List<ReviewTransition.Grade> grades = List.of();
    if (action == ReviewActionType.SIGN_OFF) {
      List<SourceView> sources = particulars.sources(incident.id());
      grades =
          ReviewRules.signOff(
              request.checklist(), sources, particulars.claims(incident.id()), standing.items());
      Map<String, Reliability> given = request.checklist().sourceGrades();
      for (SourceView source : sources) {
        if (given != null
            && given.get(source.id()) != null
            && given.get(source.id()) != source.reliability()) {
          particulars.grade(source.id(), given.get(source.id()));
        }
      }
    }

    Instant now = clock.instant();
    int current = state == null ? 0 : state.round();
    // A round starts whenever the incident enters review; only its own sign-offs count.
    int round = action.from().contains(IncidentStatus.UNDER_REVIEW) ? current : current + 1;
    // A sign-off counts only while its reviewer stays independent: one who uploaded evidence to
    // the incident after signing off no longer counts.
    Set<String> dependent = dependent(incident.id(), standing);
    List<String> lapsed =
        action == ReviewActionType.SIGN_OFF
            ? signOffs(incident.id(), round).stream()
                .map(SignOff::reviewer)
                .filter(dependent::contains)
                .toList()
            : List.of();
    int signOffs =
        action == ReviewActionType.SIGN_OFF
            ? signOffs(incident.id(), round).size() - lapsed.size() + 1
            : 0;
    IncidentStatus to =
        switch (action) {
          case SUBMIT, RESUBMIT, REOPEN -> IncidentStatus.UNDER_REVIEW;
          case SIGN_OFF ->
              signOffs >= settings.requiredSignOffs()
                  ? IncidentStatus.VERIFIED
                  : IncidentStatus.UNDER_REVIEW;
          case REJECT -> IncidentStatus.REJECTED;
          case REQUEST_INFORMATION -> IncidentStatus.NEEDS_INFORMATION;
        };

    ReviewTransition transition =
        new ReviewTransition(
            incident.id(),
            incident.caseId(),
            nextSeq(incident.id()),
            round,
            action,
            incident.status(),
            to,
            me,
            now,
            rationale,
            incident.version());
    if (action == ReviewActionType.SIGN_OFF) {
      transition.checklist(request.checklist(), grades);
    }
    em.persist(transition);
    em.flush();
    if (action == ReviewActionType.SIGN_OFF) {
      em.persist(new SignOff(incident.id(), round, me, transition.id(), now));
    }
    IncidentView moved = workflow.move(incident.id(), to);
    if (state == null) {
      state = new ReviewState(incident);
      em.persist(state);
    }
    state.record(action, to, round, moved, signOffs, me, now);
    if (to == IncidentStatus.UNDER_REVIEW && incident.status() != IncidentStatus.UNDER_REVIEW) {
      rememberContributors(incident.id(), dependent);
    }
    notifyCaseworkers(incident, transition, to);
    em.flush();
    audit.record(
        AuditEvent.of(
            "REVIEW_" + action,
            "incident",
            incident.id(),
            incident.status()
                + " -> "
                + to
                + ", round "
                + round
                + (action == ReviewActionType.SIGN_OFF
                    ? ", sign-off " + signOffs + " of " + settings.requiredSignOffs()
                    : "")
                + (lapsed.isEmpty() ? "" : ", not counted (contributed since): " + lapsed)
                + ", transition "
                + transition.id()));
    reviewed.fire(new IncidentReviewed(incident.id(), incident.caseId(), action, to));
    return view(moved, state);
  }

  /** Why the caller may not take an action the state allows, if a rule forbids it. */
  private Optional<String> ruleAgainst(
      IncidentView incident,
      ReviewActionType action,
      ReviewState state,
      EvidenceStanding standing) {
    String me = caller.username();
    if (action.needsFourEyes()) {
      if (workflow.contributors(incident.id()).contains(me)) {
        return Optional.of(
            "four eyes: you recorded or edited this incident, or added its sources, claims or"
                + " persons, so another reviewer must decide on it");
      }
      if (standing.uploaders().contains(me)) {
        return Optional.of(
            "four eyes: you uploaded evidence to this incident, so another reviewer must decide"
                + " on it");
      }
    }
    if (action == ReviewActionType.SIGN_OFF) {
      int round = state == null ? 0 : state.round();
      Optional<SignOff> mine =
          signOffs(incident.id(), round).stream().filter(s -> s.reviewer().equals(me)).findFirst();
      if (mine.isPresent()) {
        return Optional.of(
            "you signed off this incident already in this review round (at "
                + mine.get().signedAt()
                + "); the next sign-off must come from another reviewer");
      }
      if (!standing.failedIntegrity().isEmpty()) {
        return Optional.of(
            "no sign-off while evidence has failed its integrity check: "
                + String.join(", ", standing.failedIntegrity()));
      }
      if (!standing.uncheckedIntegrity().isEmpty()) {
        return Optional.of(
            "re-check the hashes first: these evidence items have not passed an integrity check"
                + " yet: "
                + String.join(", ", standing.uncheckedIntegrity()));
      }
    }
    return Optional.empty();
  }

  private String changedSince(IncidentView incident, ReviewState state, long expected) {
    StringBuilder text =
        new StringBuilder("the incident changed since you loaded it (version ")
            .append(expected)
            .append(", now ")
            .append(incident.version())
            .append("): it is ")
            .append(incident.status());
    if (state != null) {
      QueueItem last = state.item(settings.requiredSignOffs());
      text.append(", after ")
          .append(last.lastAction())
          .append(" by ")
          .append(last.lastActor())
          .append(" at ")
          .append(last.lastActionAt())
          .append(", with ")
          .append(last.signOffs())
          .append(" of ")
          .append(last.requiredSignOffs())
          .append(" sign-offs");
    }
    return text.append("; reload it and decide again").toString();
  }

  private ReviewView view(IncidentView incident, ReviewState state) {
    // Sign-offs count while their round is open or ended in VERIFIED; after REQUEST_INFORMATION or
    // REJECT the next entry into review starts a new round.
    boolean counting =
        incident.status() == IncidentStatus.UNDER_REVIEW
            || incident.status() == IncidentStatus.VERIFIED;
    int round = state == null || !counting ? -1 : state.round();
    List<SignOff> current = round < 0 ? List.of() : signOffs(incident.id(), round);
    List<TransitionView> history =
        em
            .createQuery(
                "SELECT t FROM ReviewTransition t WHERE t.incidentId = :i ORDER BY t.seq",
                ReviewTransition.class)
            .setParameter("i", incident.id())
            .getResultList()
            .stream()
            .map(t -> t.view(round))
            .toList();
    List<SignOffView> signOffs = new ArrayList<>();
    for (SignOff s : current) {
      String rationale =
          history.stream()
              .filter(t -> t.id().equals(s.transitionId()))
              .map(TransitionView::rationale)
              .findFirst()
              .orElse(null);
      signOffs.add(new SignOffView(s.reviewer(), s.signedAt(), rationale, s.transitionId()));
    }
    List<ReviewActionType> available = new ArrayList<>();
    Map<ReviewActionType, String> blocked = new EnumMap<>(ReviewActionType.class);
    EvidenceStanding standing = null;
    for (ReviewActionType action : ReviewActionType.values()) {
      if (!caller.hasRole(action.role()) || !action.from().contains(incident.status())) {
        continue;
      }
      if (standing == null) {
        standing = evidence.standing(incident.id());
      }
      Optional<String> rule = ruleAgainst(incident, action, state, standing);
      if (rule.isPresent()) {
        blocked.put(action, rule.get());
      } else {
        available.add(action);
      }
    }
    return new ReviewView(
        incident.id(),
        incident.caseId(),
        incident.status(),
        incident.version(),
        state == null ? 0 : state.round(),
        settings.requiredSignOffs(),
        state == null || incident.status() != IncidentStatus.UNDER_REVIEW
            ? null
            : state.inReviewSince(),
        signOffs,
        available,
        blocked,
        history);
  }

  private ReviewState state(String incidentId) {
    return em.find(ReviewState.class, incidentId);
  }

  private List<SignOff> signOffs(String incidentId, int round) {
    return em.createQuery(
            "SELECT s FROM SignOff s WHERE s.incidentId = :i AND s.round = :r ORDER BY s.signedAt",
            SignOff.class)
        .setParameter("i", incidentId)
        .setParameter("r", round)
        .getResultList();
  }

  private int nextSeq(String incidentId) {
    Integer max =
        em.createQuery(
                "SELECT MAX(t.seq) FROM ReviewTransition t WHERE t.incidentId = :i", Integer.class)
            .setParameter("i", incidentId)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  /** Everyone who may not decide on the incident: its contributors and evidence uploaders. */
  private Set<String> dependent(String incidentId, EvidenceStanding standing) {
    Set<String> names = new HashSet<>(workflow.contributors(incidentId));
    names.addAll(standing.uploaders());
    return names;
  }

  /**
   * The queue keeps the incident away from everyone who contributed to it. Contributors only ever
   * grow, so the rows are only ever added.
   */
  private void rememberContributors(String incidentId, Set<String> names) {
    for (String name : names) {
      Contributor.Key key = new Contributor.Key();
      key.incidentId = incidentId;
      key.username = name;
      if (em.find(Contributor.class, key) == null) {
        em.persist(new Contributor(incidentId, name));
      }
    }
  }

  /** Whoever recorded the incident and whoever submitted it hear of a reviewer's decision. */
  private void notifyCaseworkers(
      IncidentView incident, ReviewTransition transition, IncidentStatus to) {
    if (to == IncidentStatus.UNDER_REVIEW) {
      return;
    }
    Set<String> recipients = new LinkedHashSet<>();
    recipients.add(incident.createdBy());
    recipients.addAll(
        em.createQuery(
                "SELECT DISTINCT t.actor FROM ReviewTransition t WHERE t.incidentId = :i"
                    + " AND t.action IN :submitted",
                String.class)
            .setParameter("i", incident.id())
            .setParameter("submitted", List.of(ReviewActionType.SUBMIT, ReviewActionType.RESUBMIT))
            .getResultList());
    recipients.remove(Caller.SYSTEM);
    recipients.remove(transition.actor());
    for (String recipient : recipients) {
      em.persist(new Notification(recipient, transition, to, incident.caseId(), incident.title()));
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QueueItem> queue(QueueFilter filter, PageRequest request) {
    if (!caller.hasRole(Role.REVIEWER)) {
      throw new RuleViolationException("the review queue is for reviewers");
    }
    QueueFilter.View view =
        filter == null || filter.view() == null ? QueueFilter.View.TO_REVIEW : filter.view();
    Set<String> mine = myCaseIds();
    if (filter != null && filter.caseId() != null && !mine.contains(filter.caseId())) {
      throw new NotFoundException("case", filter.caseId());
    }
    if (mine.isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    return ReviewQueries.queue(
        em, view, caller.username(), mine, filter, request, settings.requiredSignOffs());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<NotificationView> inbox(PageRequest request) {
    Set<String> mine = myCaseIds();
    if (mine.isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    return INBOX.fetch(
        em,
        Notification.class,
        request,
        Notification::view,
        List.of(
            Condition.equal("recipient", caller.username()),
            Condition.of("e.caseId IN :mine", "mine", List.copyOf(mine))));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long unread() {
    Set<String> mine = myCaseIds();
    if (mine.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me AND n.readAt IS NULL"
                + " AND n.caseId IN :mine",
            Long.class)
        .setParameter("me", caller.username())
        .setParameter("mine", List.copyOf(mine))
        .getSingleResult();
  }

  @Override
  public void markRead(String notificationId) {
    Notification found =
        notificationId == null ? null : em.find(Notification.class, notificationId);
    if (found == null
        || !found.recipient().equals(caller.username())
        || !myCaseIds().contains(found.caseId())) {
      throw new NotFoundException("notification", notificationId);
    }
    found.read(clock.instant());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Duration> medianTimeToVerify() {
    Set<String> mine = myCaseIds();
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    return ReviewQueries.median(em, mine);
  }

  private Set<String> myCaseIds() {
    return cases.mineIds();
  }

  private static String roleName(Role role) {
    return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String actionNames() {
    return String.join(
        ", ", java.util.Arrays.stream(ReviewActionType.values()).map(Enum::name).toList());
  }
}
