package org.evidentia.bundle.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.NotFoundException;
import org.primefaces.PrimeFaces;

/**
 * One bundle's page ({@code bundle/bundle.xhtml?id=}): where the export stands, polled until it is
 * DONE or FAILED, then the download or the restart. Where the export page leads after starting, and
 * where the case section links each bundle; a user may leave and come back at any time.
 */
@Named("bundleStatus")
@ViewScoped
public class BundleStatusView extends BundleActions {

  private static final long serialVersionUID = 1L;

  private String id;
  private transient BundleView bundle;

  public void load() {
    try {
      bundle = bundles.get(id);
    } catch (NotFoundException e) {
      Feedback.notFound();
    }
  }

  /** The poll's listener: reads the bundle again and tells the page whether to go on. */
  public void poll() {
    bundle = null;
    PrimeFaces.current().ajax().addCallbackParam("finished", getBundle().finished());
  }

  public BundleView getBundle() {
    if (bundle == null && id != null) {
      bundle = bundles.get(id);
    }
    return bundle;
  }

  @Override
  void refresh() {
    bundle = null;
  }

  @Override
  String restartFormId() {
    return "bundleRestart";
  }

  @Override
  String formId() {
    return "bundle";
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
