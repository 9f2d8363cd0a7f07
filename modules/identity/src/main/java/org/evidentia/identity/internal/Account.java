package org.evidentia.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.evidentia.identity.api.AccountView;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.kernel.Role;

/** A person's account. Changed only through its verbs; the password hash never leaves it. */
@Entity
@Table(name = "identity_account")
class Account {

  static final Set<String> LANGUAGES = Set.of("en", "uk");

  @Id private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  private boolean enabled;

  @Column(nullable = false)
  private String language;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Version private long version;

  // Failed-login counts live in the same row but are written by LoginThrottle with plain SQL:
  // counting them must not bump the version (an administrator's edit would then conflict).

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  protected Account() {}

  Account(String username, String displayName, Set<Role> roles, String passwordHash, Instant now) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
    this.username = username;
    this.displayName = displayName;
    this.roles = EnumSet.copyOf(roles);
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.language = "en";
    this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean isEnabled() {
    return enabled;
  }

  long version() {
    return version;
  }

  Set<Role> roles() {
    return Set.copyOf(roles);
  }

  void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  void assignRoles(Set<Role> newRoles) {
    if (newRoles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  void enable() {
    enabled = true;
  }

  void disable() {
    enabled = false;
  }

  void preferLanguage(String newLanguage) {
    if (!LANGUAGES.contains(newLanguage)) {
      throw new IllegalArgumentException("unsupported language " + newLanguage);
    }
    language = newLanguage;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** A new password chosen by an administrator: only its owner's own change lifts the flag. */
  void resetPassword(String newHash) {
    passwordHash = newHash;
    mustChangePassword = true;
  }

  void changePassword(String newHash) {
    passwordHash = newHash;
    mustChangePassword = false;
  }

  AuthenticatedUser authenticated() {
    return new AuthenticatedUser(username, displayName, roles, language);
  }

  AccountView view() {
    return new AccountView(
        username,
        displayName,
        roles(),
        enabled,
        false,
        language,
        createdAt.toInstant(ZoneOffset.UTC),
        version);
  }
}
