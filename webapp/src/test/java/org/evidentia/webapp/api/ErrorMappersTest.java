package org.evidentia.webapp.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

/**
 * Lock failures surface at commit, wrapped; the API answers them as conflicts (409), not as server
 * errors. (The mapping's response is covered by the review ITs racing edits against a submit.)
 */
class ErrorMappersTest {

  @Test
  void aLockFailureWrappedByTheTransactionIsAConcurrentChange() {
    RollbackException atCommit = new RollbackException("transaction rolled back");
    atCommit.initCause(new OptimisticLockException("row changed"));
    assertThat(ErrorMappers.isConcurrentChange(new RuntimeException(atCommit))).isTrue();
    assertThat(ErrorMappers.isConcurrentChange(new PessimisticLockException())).isTrue();
  }

  @Test
  void anythingElseIsNot() {
    assertThat(ErrorMappers.isConcurrentChange(new IllegalStateException("x"))).isFalse();
    assertThat(ErrorMappers.isConcurrentChange(new RuntimeException(new NullPointerException())))
        .isFalse();
  }
}
