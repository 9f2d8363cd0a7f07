package org.evidentia.kernel;

/** What a person may do in Evidentia. One account may hold several roles. */
public enum Role {
  CASEWORKER,
  REVIEWER,
  LEGAL_ANALYST,
  ADMIN;

  /** Role names as compile-time constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String CASEWORKER = "CASEWORKER";
    public static final String REVIEWER = "REVIEWER";
    public static final String LEGAL_ANALYST = "LEGAL_ANALYST";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
