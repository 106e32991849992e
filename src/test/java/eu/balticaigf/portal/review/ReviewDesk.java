package eu.balticaigf.portal.review;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff at the review pages as a person is: a real account with a name,
 * signed in through the sign-in page, using the forms as served (no hand-made posts). The
 * steps people take most are named here.
 */
record ReviewDesk(String email, String name, Visitor visitor) {

	/** The four criteria of the default rubric, in the order of the score form. */
	static final String[] CRITERIA = { "STRATEGIC_FIT", "CAPACITY", "INVESTMENT_READINESS", "COMPUTE_CREDIBILITY" };

	/**
	 * A new account of this role with a name of its own ("Rūta Žemaitė 1a2b"), signed in.
	 */
	static ReviewDesk signIn(ApplicationContext context, int port, Role role) {
		StaffSignInSupport.Account account = StaffSignInSupport.create(context, role);
		String name = "Rūta Žemaitė " + UUID.randomUUID().toString().substring(0, 4);
		context.getBean(JdbcClient.class)
			.sql("UPDATE staff_account SET display_name = ? WHERE email = ?")
			.params(name, account.email())
			.update();
		Visitor visitor = Visitor.at(port);
		visitor.signIn(account);
		return new ReviewDesk(account.email(), name, visitor);
	}

	ReviewDesk speaking(String language) {
		visitor.speaking(language);
		return this;
	}

	Page open(String path) {
		return visitor.open(path);
	}

	Page application(String reference) {
		return visitor.open("/staff/applications/" + reference);
	}

	/**
	 * The score form of an application, filled in with one score per criterion (null:
	 * left out).
	 */
	Form scoreForm(String reference, Integer... scores) {
		Form form = application(reference).form("form[action$='/scores']");
		for (int i = 0; i < scores.length; i++) {
			if (scores[i] != null) {
				form.choose(Scoring.field(CRITERIA[i]), String.valueOf(scores[i]));
			}
		}
		return form;
	}

	/** Saves scores and follows the redirect back to the page. */
	Page score(String reference, Integer... scores) {
		return scoreForm(reference, scores).submitAndFollow();
	}

	/** A move that e-mails nobody (the eligibility check, the review, resuming it). */
	Page move(String reference, String action, String reason) {
		return application(reference).form("form[action$='/move']")
			.choose("action", action)
			.fill("reason", reason)
			.submitAndFollow();
	}

	/**
	 * A decision from the application's page: the e-mail preview, then its confirmation.
	 */
	Page decide(String reference, String decision, String reason, String message) {
		Form move = application(reference).form("form[action$='/move']")
			.choose("action", decision)
			.fill("reason", reason);
		if (message != null) {
			move.fill("message", message);
		}
		Page preview = move.submit();
		assertThat(preview.status()).as(preview.text()).isEqualTo(200);
		return preview.form("form[action$='/bulk-decision/confirm']").submitAndFollow();
	}

	/** An information request: the question's e-mail preview, then sending it. */
	Page ask(String reference, String reason, String question) {
		Page preview = application(reference).form("form[action$='/move']")
			.choose("action", "requestInformation")
			.fill("reason", reason)
			.fill("message", question)
			.submit();
		assertThat(preview.status()).as(preview.text()).isEqualTo(200);
		return preview.form("form[action$='/move']").submitAndFollow();
	}

	Page note(String reference, String text) {
		return application(reference).form("form[action$='/notes']").fill("note", text).submitAndFollow();
	}

	/** Declares a conflict of interest with this registry code on the conflicts page. */
	Page declareConflict(String registryCode) {
		return open("/staff/conflicts").form("form[method=post]").fill("registryCode", registryCode).submitAndFollow();
	}

	/** An admin assigns a reviewer on the application's page. */
	Page assign(String reference, String reviewer) {
		return application(reference).form("form[action$='/assignments']")
			.choose("reviewer", reviewer)
			.submitAndFollow();
	}

}
