package org.evidentia.webapp.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API root. Resources live in the modules and are found by scanning; each module's
 * resources are under its own paths.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Evidentia API",
            version = "1",
            description =
                "Cases, incidents, evidence, review, legal classification and bundles. Get a token"
                    + " with POST /api/v1/tokens, then send 'Authorization: Bearer <token>'."),
    security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class EvidentiaApi extends Application {}
