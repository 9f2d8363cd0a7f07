package org.evidentia.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.evidentia.intake.api.TeamMemberView;
import org.evidentia.kernel.Times;

/** Membership of a case team: need to know, and whether protected identities may be seen. */
@Entity
@Table(name = "intake_team_member")
@IdClass(TeamMember.Key.class)
class TeamMember {

  /** The composite key: case and username. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String caseId;
    private String username;

    public Key() {}

    Key(String caseId, String username) {
      this.caseId = caseId;
      this.username = username;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(caseId, key.caseId)
          && java.util.Objects.equals(username, key.username);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(caseId, username);
    }
  }

  @Id
  @Column(name = "case_id")
  private String caseId;

  @Id private String username;

  @Column(name = "may_view_protected", nullable = false)
  private boolean mayViewProtected;

  @Column(name = "added_at", nullable = false)
  private LocalDateTime addedAt;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  protected TeamMember() {}

  TeamMember(
      String caseId, String username, boolean mayViewProtected, String addedBy, Instant now) {
    this.caseId = caseId;
    this.username = username;
    this.mayViewProtected = mayViewProtected;
    this.addedBy = addedBy;
    this.addedAt = Times.utc(now);
  }

  String username() {
    return username;
  }

  boolean mayViewProtected() {
    return mayViewProtected;
  }

  void allowProtected(boolean allowed) {
    this.mayViewProtected = allowed;
  }

  TeamMemberView view() {
    return new TeamMemberView(username, mayViewProtected, Times.instant(addedAt), addedBy);
  }
}
