package org.evidentia.webapp.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What the HTTP session keeps of a UI login: the username and the roles last seen. Small and
 * serializable so sessions can move between cluster members.
 */
record LoginRecord(String username, Set<String> roles) implements Serializable {

  static final String SESSION_KEY = LoginRecord.class.getName();
}
