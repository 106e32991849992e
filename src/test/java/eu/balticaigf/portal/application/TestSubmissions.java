package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.context.ApplicationContext;

/**
 * Submitted applications for other modules' tests. Two ways: the static
 * {@code submit(context, …)} methods submit as the portal does, through intake (the
 * receipt e-mail, the consent, version 1 of the history), then move the application by
 * the lifecycle's named transitions to the status a test needs; an instance stores
 * straight through the intake's store code (the same insert and status change as a real
 * submission and a real decision, so the summary's triggers see what they see in
 * production), for statistics tests that need dozens of applications with chosen statuses
 * and dates. Each application has an organisation, registry code and contact address of
 * its own, so that tests never see each other's applications.
 */
public final class TestSubmissions {

	private final ApplicationStore store;

	public TestSubmissions(ApplicationContext context) {
		this.store = context.getBean(ApplicationStore.class);
	}

	/**
	 * Stores one application of the call as submitted at {@code submittedAt}, then moves
	 * it to {@code status} (straight, as the store writes any move), and returns its id.
	 */
	public long submit(long callId, ApplicationStatus status, String category, String country, String size,
			Long investmentEur, Long computeGpuHours, Instant submittedAt) {
		String unique = UUID.randomUUID().toString().replace("-", "").toUpperCase();
		ValidApplication answers = new ValidApplication("Secret Organisation " + unique, country, unique, unique, null,
				null, null, category, size, "Test Contact", "contact-" + unique.toLowerCase() + "@applicant.test", null,
				List.of("RESEARCH"), investmentEur, computeGpuHours, "Test application", true, false);
		return store(callId, answers, status, submittedAt).id();
	}

	/**
	 * Stores one application whose contact is {@code contactEmail} (Ona Petraitė, of
	 * "Organisation …"), as {@link #submit} does, with one amendment in its history: the
	 * contact address changed from "old-" + the address and the category from UNIVERSITY
	 * (personal data kept in the history too). Returns its reference.
	 */
	public String submitAmended(long callId, String contactEmail, ApplicationStatus status, String category,
			String country, String size, Instant submittedAt) {
		String unique = UUID.randomUUID().toString().replace("-", "").toUpperCase();
		ValidApplication answers = new ValidApplication("Organisation " + unique, country, unique, unique, null, null,
				null, category, size, "Ona Petraitė", contactEmail, "+37061234567", List.of("RESEARCH"), null, null,
				"Test application", true, false);
		StoredApplication stored = store(callId, answers, status, submittedAt);
		store.recordVersion(stored.id(), 1, "AMENDED", "applicant (private link)", submittedAt,
				List.of(new AnswerChange("contactEmail", "old-" + contactEmail, contactEmail, false),
						new AnswerChange("category", "UNIVERSITY", category, false)));
		return stored.reference();
	}

	private StoredApplication store(long callId, ValidApplication answers, ApplicationStatus status,
			Instant submittedAt) {
		String reference = References.next();
		long id = store.insert(reference, callId, null, answers, "v1", "en", SecureTokens.hash(SecureTokens.newToken()),
				submittedAt);
		if (status != ApplicationStatus.SUBMITTED) {
			store.changeStatus(id, ApplicationStatus.SUBMITTED, status, submittedAt);
		}
		return store.byReference(reference).orElseThrow();
	}

	/**
	 * An application as a test knows it: its id, reference, contact address and registry
	 * code.
	 */
	public record Submitted(long id, String reference, String email, String registryCode) {
	}

	/**
	 * What staff filter and sort on. {@link #typical()} is what
	 * {@link #submit(ApplicationContext, String, String)} submits; each {@code with…}
	 * changes one thing.
	 */
	public record Profile(String call, ApplicationStatus status, String country, String category, String size,
			List<String> areas, Long investmentIntentEur, String contactName) {

		public static Profile typical() {
			return new Profile("baltic-aigf-2025", ApplicationStatus.SUBMITTED, "LT", "TECHNOLOGY_PROVIDER", "SMALL",
					List.of("COMPUTE_HARDWARE"), 250000L, "Ona Test");
		}

		public Profile withCall(String call) {
			return new Profile(call, status, country, category, size, areas, investmentIntentEur, contactName);
		}

		public Profile withStatus(ApplicationStatus status) {
			return new Profile(call, status, country, category, size, areas, investmentIntentEur, contactName);
		}

		public Profile withCountry(String country) {
			return new Profile(call, status, country, category, size, areas, investmentIntentEur, contactName);
		}

		public Profile withCategory(String category) {
			return new Profile(call, status, country, category, size, areas, investmentIntentEur, contactName);
		}

		public Profile withSize(String size) {
			return new Profile(call, status, country, category, size, areas, investmentIntentEur, contactName);
		}

		public Profile withAreas(String... areas) {
			return new Profile(call, status, country, category, size, List.of(areas), investmentIntentEur, contactName);
		}

		public Profile withInvestmentIntentEur(Long investmentIntentEur) {
			return new Profile(call, status, country, category, size, areas, investmentIntentEur, contactName);
		}

		public Profile withContactName(String contactName) {
			return new Profile(call, status, country, category, size, areas, investmentIntentEur, contactName);
		}

	}

	/** The moves that lead from SUBMITTED to each status. */
	private static List<ApplicationStatus.Transition> path(ApplicationStatus status) {
		return switch (status) {
			case SUBMITTED -> List.of();
			case ELIGIBILITY_CHECK -> List.of(ApplicationStatus.Transition.START_ELIGIBILITY_CHECK);
			case UNDER_REVIEW -> List.of(ApplicationStatus.Transition.START_ELIGIBILITY_CHECK,
					ApplicationStatus.Transition.START_REVIEW);
			case INFO_REQUESTED -> List.of(ApplicationStatus.Transition.START_ELIGIBILITY_CHECK,
					ApplicationStatus.Transition.START_REVIEW, ApplicationStatus.Transition.REQUEST_INFORMATION);
			case ACCEPTED -> List.of(ApplicationStatus.Transition.ACCEPT);
			case DECLINED -> List.of(ApplicationStatus.Transition.DECLINE);
			case WITHDRAWN -> List.of(ApplicationStatus.Transition.WITHDRAW);
		};
	}

	/** A typical application of this organisation, in this language. */
	public static Submitted submit(ApplicationContext context, String language, String organisationName) {
		return submit(context, language, organisationName, Profile.typical());
	}

	public static Submitted submit(ApplicationContext context, String language, String organisationName,
			Profile profile) {
		return submit(context, language, organisationName, profile, UnaryOperator.identity());
	}

	/**
	 * The same, with answers the profile does not cover ({@code answers} changes the
	 * typical ones: a VAT number, a website, …).
	 */
	public static Submitted submit(ApplicationContext context, String language, String organisationName,
			Profile profile, UnaryOperator<ValidApplication> answers) {
		String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
		String email = "applicant-" + unique.toLowerCase(Locale.ROOT) + "@applicant.test";
		String code = "R" + unique;
		Call call = context.getBean(Calls.class).find(profile.call()).orElseThrow();
		ValidApplication data = new ValidApplication(organisationName, profile.country(), code, code, null, null, null,
				profile.category(), profile.size(), profile.contactName(), email, null, profile.areas(),
				profile.investmentIntentEur(), 1000L, "We build models.", true, false);
		Intake.Submission submission = context.getBean(Intake.class)
			.submit(UUID.randomUUID(), call, answers.apply(data), Locale.forLanguageTag(language));
		StoredApplication application = ((Intake.Submitted) submission).application();
		Applications applications = context.getBean(Applications.class);
		for (ApplicationStatus.Transition transition : path(profile.status())) {
			applications.transition(applications.find(application.reference()).orElseThrow(), transition,
					Instant.now());
		}
		return new Submitted(application.id(), application.reference(), email, code);
	}

	/** Where the application stands now. */
	public static ApplicationStatus statusOf(ApplicationContext context, String reference) {
		return context.getBean(Applications.class).find(reference).orElseThrow().status();
	}

}
