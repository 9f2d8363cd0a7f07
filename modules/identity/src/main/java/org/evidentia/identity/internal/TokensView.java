package org.evidentia.identity.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.evidentia.identity.api.ApiTokens;
import org.evidentia.identity.api.IssuedToken;
import org.evidentia.identity.api.TokenView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;

/** A user's own API tokens: create one (its secret shown once), see them, revoke one. */
@Named
@ViewScoped
public class TokensView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApiTokens tokens;

  @Inject Caller caller;

  @Inject Clock clock;

  private int lifetimeDays = 30;
  private IssuedToken issued;
  private List<TokenView> mine;

  public List<TokenView> getMine() {
    if (mine == null) {
      mine = tokens.tokensOf(caller.username());
    }
    return mine;
  }

  public void create() {
    try {
      issued = tokens.issueToCaller(clock.instant().plus(Duration.ofDays(lifetimeDays)));
      mine = null;
    } catch (DomainException e) {
      Feedback.refused("newToken", e);
    }
  }

  public void revoke(TokenView token) {
    try {
      tokens.revoke(token.id());
      mine = null;
      issued = null;
    } catch (DomainException e) {
      Feedback.refused("tokens", e);
    }
  }

  public IssuedToken getIssued() {
    return issued;
  }

  public int getLifetimeDays() {
    return lifetimeDays;
  }

  public void setLifetimeDays(int lifetimeDays) {
    this.lifetimeDays = lifetimeDays;
  }
}
