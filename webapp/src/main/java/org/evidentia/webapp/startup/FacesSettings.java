package org.evidentia.webapp.startup;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Faces context parameters from configuration. Payara does not substitute configuration in web.xml
 * context parameters, so they are set here, before Faces reads them.
 */
public class FacesSettings implements ServletContainerInitializer {

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    String stage =
        ConfigProvider.getConfig(FacesSettings.class.getClassLoader())
            .getOptionalValue("evidentia.stage", String.class)
            .orElse("Production");
    context.setInitParameter("jakarta.faces.PROJECT_STAGE", stage);
  }
}
