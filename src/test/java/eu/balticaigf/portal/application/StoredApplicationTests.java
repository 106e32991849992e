package eu.balticaigf.portal.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.call.Call;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredApplicationTests {

	static final Call CALL = new Call(1, "c", Map.of("en", "C"), Instant.parse("2025-07-27T21:00:00Z"),
			Instant.parse("2025-08-10T20:59:59Z"), ZoneId.of("Europe/Vilnius"), 1, 65, 1, null, false);

	static StoredApplication application(String status) {
		ValidApplication data = ApplicationValidator.validate(ApplicationForm.of(ApplicationValidatorTests.valid()))
			.application();
		return new StoredApplication(1, "BAI-2222-3333", 1, ApplicationStatus.valueOf(status), data, "en",
				CALL.opensAt(), null, null, 1, null);
	}

	@Test
	void changeableOnlyWhileTheWindowIsOpenAndNotDecidedOrWithdrawn() {
		assertThat(application("SUBMITTED").changeableAt(CALL, Instant.parse("2025-08-10T20:59:59.999Z"))).isTrue();
		assertThat(application("INFO_REQUESTED").changeableAt(CALL, Instant.parse("2025-08-10T20:59:59.999Z")))
			.isTrue();
		assertThat(application("SUBMITTED").changeableAt(CALL, Instant.parse("2025-08-10T21:00:00Z"))).isFalse();
		assertThat(application("WITHDRAWN").changeableAt(CALL, Instant.parse("2025-08-01T10:00:00Z"))).isFalse();
		assertThat(application("ACCEPTED").changeableAt(CALL, Instant.parse("2025-08-01T10:00:00Z"))).isFalse();
		assertThat(application("DECLINED").changeableAt(CALL, Instant.parse("2025-08-01T10:00:00Z"))).isFalse();
	}

	@Test
	void changesListEveryFieldThatDiffers() {
		StoredApplication before = application("SUBMITTED");
		ValidApplication after = new ValidApplication("Naujas pavadinimas", "LT", before.data().registryCode(),
				before.data().registryCodeNormalised(), null, before.data().pic(), before.data().website(), "STARTUP",
				"SMALL", before.data().contactName(), before.data().contactEmail(), before.data().contactPhone(),
				List.of("DATA"), before.data().investmentIntentEur(), before.data().computeDemandGpuHours(),
				before.data().description(), true, true);
		// Codes and values as data: pages put labels on them in the reader's language.
		assertThat(before.changesTo(after)).containsExactly(
				AnswerChange.of("organisationName", "UAB „Ąžuolynas“", "Naujas pavadinimas"),
				AnswerChange.of("vatNumber", "LT100001919017", null),
				AnswerChange.of("contributionAreas", List.of("DATA", "RESEARCH"), List.of("DATA")),
				AnswerChange.of("consentDirectory", false, true));
	}

}
