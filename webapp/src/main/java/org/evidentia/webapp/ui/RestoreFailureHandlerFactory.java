package org.evidentia.webapp.ui;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.util.logging.Logger;

/**
 * A request whose view could not be restored (a forged, replayed or expired ViewState) ends there,
 * whatever the exception handler below managed to do with it. Without this, a handler that fails on
 * such a request (PrimeFaces' does, in CSP mode, when a forged post lacks the page's nonce) would
 * leave Faces to go on with a freshly built view and run the posted action: a forged post would
 * then open a case (CsrfIT).
 */
public class RestoreFailureHandlerFactory extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(RestoreFailureHandlerFactory.class.getName());

  public RestoreFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      boolean restoreFailed =
          faces != null
              && faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
              && getUnhandledExceptionQueuedEvents().iterator().hasNext();
      try {
        getWrapped().handle();
      } finally {
        if (restoreFailed && !faces.getResponseComplete()) {
          if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(400);
          }
          LOG.warning("a request whose view could not be restored was stopped");
          faces.responseComplete();
        }
      }
    }
  }
}
