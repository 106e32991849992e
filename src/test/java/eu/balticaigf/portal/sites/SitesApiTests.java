package eu.balticaigf.portal.sites;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import eu.balticaigf.portal.PortalTest;

@PortalTest
class SitesApiTests {

	static final String TOKEN = "Bearer " + PortalTest.API_TOKEN;

	@Autowired
	MockMvc mvc;

	@Test
	void derivesWeightsFromTheIssuesMatrix() throws Exception {
		mvc.perform(post("/api/v1/sites/weights").header("Authorization", TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matrix\": [[1, 3, 5], [0.3333333333, 1, 3], [0.2, 0.3333333333, 1]]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weights[0]").value(closeTo(0.637, 0.0005), Double.class))
			.andExpect(jsonPath("$.weights[1]").value(closeTo(0.258, 0.0005), Double.class))
			.andExpect(jsonPath("$.weights[2]").value(closeTo(0.105, 0.0005), Double.class))
			.andExpect(jsonPath("$.consistencyRatio").value(closeTo(0.033, 0.0005), Double.class));
	}

	@Test
	void refusesAnInconsistentMatrixAsAProblemNamingThePair() throws Exception {
		mvc.perform(post("/api/v1/sites/weights").header("Authorization", TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matrix\": [[1, 2, 4, 0.125], [0.5, 1, 2, 4], [0.25, 0.5, 1, 2], [8, 0.25, 0.5, 1]]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("comparison of 1 with 4 disagrees most")))
			.andExpect(jsonPath("$.pair[0]", is(1)))
			.andExpect(jsonPath("$.pair[1]", is(4)));
	}

	@Test
	void refusesWhatIsNotAComparisonMatrixAsAProblem() throws Exception {
		mvc.perform(post("/api/v1/sites/weights").header("Authorization", TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matrix\": [[1, 3], [3, 1]]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("must be 1 divided by")));
		mvc.perform(post("/api/v1/sites/weights").header("Authorization", TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"weights\": [1]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theDemoAssessmentRanksTheSitesWithinTheLimitsAndSaysWhyTheOthersAreOut() throws Exception {
		mvc.perform(get("/api/v1/sites/assessments/demo").header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id", is("demo")))
			.andExpect(jsonPath("$.weights.grid-capacity").value(closeTo(0.2, 1e-9), Double.class))
			.andExpect(jsonPath("$.ranking", hasSize(5)))
			.andExpect(jsonPath("$.ranking[0].rank", is(1)))
			.andExpect(jsonPath("$.ranking[0].illustrative", is(true)))
			// 26 MW today, below the catalogue's 50 MW limit.
			.andExpect(jsonPath("$.out[0].site", is("praha-zbraslav")))
			.andExpect(jsonPath("$.out[0].failures[0].criterion", is("grid-capacity")))
			.andExpect(jsonPath("$.out[0].failures[0].value").value(closeTo(26, 1e-9), Double.class))
			.andExpect(jsonPath("$.out[0].failures[0].limit").value(closeTo(50, 1e-9), Double.class))
			// Skawina's permit readiness is missing: flagged, and no TOPSIS figure.
			.andExpect(jsonPath("$.ranking[?(@.site == 'skawina')].missing[0]", hasItem("permit-readiness")))
			.andExpect(jsonPath("$.ranking[?(@.site == 'skawina')].topsis", hasItem(nullValue())))
			// No latency was measured: each is estimated from distance.
			.andExpect(jsonPath("$.ranking[0].estimated", hasItem("latency-vilnius")))
			.andExpect(jsonPath("$.sensitivity.draws", is(10_000)))
			.andExpect(jsonPath("$.sensitivity.sites", hasSize(5)))
			.andExpect(jsonPath("$.sensitivity.swaps", hasSize(4)));
	}

	@Test
	void anAssessmentThatIsNotThereIsAProblem() throws Exception {
		mvc.perform(get("/api/v1/sites/assessments/no-such").header("Authorization", TOKEN))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
