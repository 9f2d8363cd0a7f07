package org.evidentia.audit.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.audit.api.AuditTrail;
import org.evidentia.audit.api.ChainVerification;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;

/** {@code /api/v1/audit}: the log and the verification of its chain, for administrators. */
@Path("audit")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail trail;

  @Inject AuditLog log;

  @GET
  public Page<AuditEntryView> search(
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort) {
    return trail.search(PageRequest.of(page, size, sort, q, AuditTrail.SORTABLE));
  }

  @GET
  @Path("verification")
  public ChainVerification verification() {
    ChainVerification result = trail.verify();
    log.record(
        AuditEvent.of(
            "AUDIT_CHAIN_VERIFIED",
            "audit",
            null,
            (result.valid() ? "valid" : "BROKEN at " + result.firstBrokenEntry())
                + ", "
                + result.entries()
                + " entries"));
    return result;
  }
}
