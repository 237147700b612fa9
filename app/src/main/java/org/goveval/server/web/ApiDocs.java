package org.goveval.server.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API's OpenAPI description, served by springdoc at {@code /v3/api-docs} (Swagger UI at {@code
 * /swagger-ui/index.html}); only paths under {@code /api} are described ({@code springdoc.paths-to-match}).
 * Endpoints behind the login name the {@value #SESSION} scheme: the session cookie of a form login at {@code
 * /login}, so the login throttle guards the API as it guards the pages.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "goveval API",
                        version = "1",
                        description = "Read-only JSON: published results (public), campaigns, their targets with"
                                + " each website's newest scan, and a website's scans (after a login at /login)."))
@SecurityScheme(
        name = ApiDocs.SESSION,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE,
        paramName = "JSESSIONID",
        description = "The session cookie of a form login at /login (roles admin, evaluator or expert).")
public class ApiDocs {
    /** The name of the session-cookie security scheme, for {@code @SecurityRequirement}. */
    public static final String SESSION = "session";
}
