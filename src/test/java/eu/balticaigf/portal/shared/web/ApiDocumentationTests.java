package eu.balticaigf.portal.shared.web;

import org.junit.jupiter.api.Test;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An integrator finds every API call, with bearer-token authentication, at /v3/api-docs
 * without signing in.
 */
@PortalTest
class ApiDocumentationTests extends PortalIntegrationTest {

	@Test
	void theOpenApiDocumentListsTheApiAndItsBearerTokensButNoPages() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/applications/{reference}/decision")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/calls/{slug}/statistics")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/meetings/{slug}/registrations")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/applications/export")))
			.andExpect(jsonPath("$.paths", not(hasKey("/calls/{slug}/apply"))))
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"));
	}

}
