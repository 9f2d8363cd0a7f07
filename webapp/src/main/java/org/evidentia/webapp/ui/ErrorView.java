package org.evidentia.webapp.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;

/** Error pages: a refused page is on the audit record, with the address that was asked for. */
@Named
@RequestScoped
public class ErrorView {

  @Inject AuditLog audit;

  public void denied() {
    Object uri =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(RequestDispatcher.ERROR_REQUEST_URI);
    audit.record(AuditEvent.of("ACCESS_DENIED", "page", String.valueOf(uri), "page refused (403)"));
  }
}
