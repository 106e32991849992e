package eu.balticaigf.portal.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1} at {@code /v3/api-docs} (springdoc reads the
 * controllers). Integrations authenticate with a bearer API token that an admin creates
 * at {@code /staff/api-tokens}; the few public calls (calls and their statistics) need
 * none.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI portalApi() {
		return new OpenAPI()
			.info(new Info().title("Consortium Portal API")
				.version("v1")
				.description("Calls, public statistics, applications and decisions, meetings and the audit log. "
						+ "Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("apiToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("apiToken"));
	}

}
