package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.identity.api.NewAccount;
import org.evidentia.kernel.ApplicationStarted;
import org.evidentia.kernel.Role;

/**
 * The first accounts. In demo mode, one account per role with the published demo password; in any
 * mode, an administrator named by {@code EVIDENTIA_ADMIN_USERNAME} with the password in {@code
 * EVIDENTIA_ADMIN_PASSWORD}, if no account of that name exists yet. Outside demo mode no account
 * has a known password.
 */
@ApplicationScoped
class AccountBootstrap {

  static final String DEMO_PASSWORD = "evidentia-demo";
  private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

  private record Demo(String username, String displayName, Set<Role> roles) {}

  private static final List<Demo> DEMO_ACCOUNTS =
      List.of(
          new Demo("caseworker", "Olena Caseworker (demo)", EnumSet.of(Role.CASEWORKER)),
          new Demo("reviewer1", "Taras Reviewer (demo)", EnumSet.of(Role.REVIEWER)),
          new Demo("reviewer2", "Iryna Reviewer (demo)", EnumSet.of(Role.REVIEWER)),
          new Demo("analyst", "Mykola Legal Analyst (demo)", EnumSet.of(Role.LEGAL_ANALYST)),
          new Demo("admin", "Admin (demo)", EnumSet.of(Role.ADMIN)));

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Inject AccountService accounts;

  @Inject TwoFactorService twoFactor;

  @Inject
  @ConfigProperty(name = "evidentia.admin.username")
  Optional<String> adminUsername;

  @Inject
  @ConfigProperty(name = "evidentia.admin.password")
  Optional<String> adminPassword;

  @Transactional
  void onStart(@Observes ApplicationStarted started) {
    if (started.demo()) {
      for (Demo demo : DEMO_ACCOUNTS) {
        if (em.find(Account.class, demo.username()) == null) {
          // The demo password is on the common-password list: it is set past the policy.
          accounts.register(
              demo.username(),
              demo.displayName(),
              demo.roles(),
              accounts.hasher.hash(DEMO_PASSWORD));
          // Demo mode lets a newcomer try every role without an authenticator app (ADR 18).
          twoFactor.exemptDemoAccount(demo.username());
        }
      }
      LOG.warning(
          "DEMO MODE: accounts caseworker, reviewer1, reviewer2, analyst and admin all have the"
              + " password '"
              + DEMO_PASSWORD
              + "'. Never use demo mode with real data.");
    }
    if (adminUsername.isPresent() && adminPassword.isPresent()) {
      String username = AuthenticationService.normalize(adminUsername.get());
      if (em.find(Account.class, username) == null) {
        accounts.open(
            new NewAccount(username, "Administrator", EnumSet.of(Role.ADMIN), adminPassword.get()));
        LOG.info("Created administrator account '" + username + "' from EVIDENTIA_ADMIN_USERNAME");
      }
    }
    List<Account> existing =
        em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class)
            .getResultList();
    StringBuilder list = new StringBuilder();
    for (Account account : existing) {
      list.append("\n  ")
          .append(account.username())
          .append(' ')
          .append(account.roles())
          .append(account.isEnabled() ? "" : " (disabled)");
    }
    if (existing.isEmpty()) {
      LOG.warning(
          "No accounts exist. Create the first administrator with './evidentia create-admin"
              + " USERNAME' or the EVIDENTIA_ADMIN_USERNAME and EVIDENTIA_ADMIN_PASSWORD variables.");
    } else {
      LOG.info("Accounts (" + existing.size() + "):" + list);
    }
  }
}
