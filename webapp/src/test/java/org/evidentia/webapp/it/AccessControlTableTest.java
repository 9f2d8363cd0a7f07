package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The access-control table misses no endpoint: every JAX-RS resource method of the modules on the
 * class path is a row of {@link AccessControlTable} or deliberately left out, with a reason.
 */
class AccessControlTableTest {

  @Test
  void everyResourceMethodIsInTheTable() throws IOException {
    Set<String> methods = AccessControlTable.resourceMethods();
    assertThat(methods).as("resource methods found by reflection").hasSizeGreaterThan(50);
    assertThat(AccessControlTable.listed()).containsAll(methods);
  }

  @Test
  void theTableListsNoEndpointThatDoesNotExist() throws IOException {
    assertThat(AccessControlTable.resourceMethods()).containsAll(AccessControlTable.listed());
  }
}
