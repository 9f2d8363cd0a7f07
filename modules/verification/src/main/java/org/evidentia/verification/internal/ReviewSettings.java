package org.evidentia.verification.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many distinct reviewers must sign off (EVIDENTIA_REVIEW_SIGN_OFFS, default 2). */
@ApplicationScoped
class ReviewSettings {

  @Inject
  @ConfigProperty(name = "evidentia.review.sign-offs", defaultValue = "2")
  int requiredSignOffs;

  @PostConstruct
  void check() {
    if (requiredSignOffs < 1 || requiredSignOffs > 10) {
      throw new IllegalStateException("evidentia.review.sign-offs must be between 1 and 10");
    }
  }

  int requiredSignOffs() {
    return requiredSignOffs;
  }
}
