package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Html;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member's side of a commitment, reached through its private link: say what is
 * committed (amount, years, conditions), then upload the signed letter (a PDF, judged by
 * its content). A wrong answer, a file that is not a whole PDF or is too large, or a
 * second click is said next to its field; nothing changes.
 */
@Controller
class CommitmentPages {

	static final long LETTER_MAX_BYTES = 5L * 1024 * 1024;

	static final Set<UploadedFiles.Kind> LETTER_KINDS = EnumSet.of(UploadedFiles.Kind.PDF);

	private static final String VIEW = "bid/commitment";

	/** What the page after a step says was done. */
	private static final Set<String> DONE = Set.of("submitted", "signed", "withdrawn");

	private final Commitments commitments;

	private final BidStore store;

	CommitmentPages(Commitments commitments, BidStore store) {
		this.commitments = commitments;
		this.store = store;
	}

	static String path(long id, String token) {
		return "/commitments/" + id + "/" + token;
	}

	/** The answers of the first step. */
	record Answers(String amount, String years, String conditions) {
	}

	/** The second step: who signed (the file comes apart). */
	record Signature(String signatoryName) {
	}

	/**
	 * What the page shows: the commitment, its member, the step's form or where it
	 * stands.
	 */
	record View(Commitment commitment, Member member, String unit, String base, CommitmentState step) {
	}

	@GetMapping("/commitments/{id}/{token}")
	String show(@PathVariable long id, @PathVariable String token,
			@RequestParam(name = "done", required = false) String done, Model model) {
		Commitment commitment = opened(id, token);
		model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
		model.addAttribute("view", view(commitment, token, commitment.state()));
		return VIEW;
	}

	@PostMapping("/commitments/{id}/{token}/submit")
	String submit(@PathVariable long id, @PathVariable String token, @ModelAttribute("answers") Answers answers,
			BindingResult errors, Model model) {
		Commitment commitment = opened(id, token);
		BigDecimal amount = CommitmentAnswers.amount(answers.amount(), "amount", errors);
		Integer years = CommitmentAnswers.years(answers.years(), "years", errors);
		String conditions = CommitmentAnswers.text(answers.conditions(), "conditions", errors);
		if (!errors.hasErrors()) {
			try {
				commitments.submit(commitment, amount, years, conditions);
				return "redirect:" + path(id, token) + "?done=submitted";
			}
			catch (CommitmentState.IllegalMove moved) {
				errors.rejectValue("amount", "bid.error.moved", new Object[] { Html.t(moved.state().label()) }, null);
			}
		}
		model.addAttribute("view", view(commitment, token, CommitmentState.REQUESTED));
		model.addAttribute("errors", FieldErrors.of(errors));
		return VIEW;
	}

	@PostMapping("/commitments/{id}/{token}/sign")
	String sign(@PathVariable long id, @PathVariable String token, @ModelAttribute("signature") Signature signature,
			BindingResult errors, @RequestParam(name = "letter", required = false) MultipartFile file, Model model) {
		Commitment commitment = opened(id, token);
		String signatory = CommitmentAnswers.required(signature.signatoryName(), "signatoryName", 200,
				"bid.error.signatory", errors);
		FieldErrors problems = FieldErrors.of(errors);
		UploadedFiles.Checked letter = null;
		try {
			letter = UploadedFiles.check(file, LETTER_MAX_BYTES, LETTER_KINDS);
		}
		catch (UploadedFiles.Refused refused) {
			problems.add("letter", Html.t(UploadedFiles.message(refused, LETTER_MAX_BYTES, LETTER_KINDS)));
		}
		if (problems.isEmpty()) {
			try {
				commitments.sign(commitment, signatory, letter);
				return "redirect:" + path(id, token) + "?done=signed";
			}
			catch (CommitmentState.IllegalMove moved) {
				problems.add("letter", Html.t("bid.error.moved", Html.t(moved.state().label())));
			}
		}
		model.addAttribute("view", view(commitment, token, CommitmentState.SUBMITTED));
		model.addAttribute("signature", signature);
		model.addAttribute("errors", problems);
		return VIEW;
	}

	/**
	 * The member takes its commitment back, saying why (staff and the audit log read it).
	 */
	record Withdrawal(String reason) {
	}

	@PostMapping("/commitments/{id}/{token}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable String token,
			@ModelAttribute("withdrawal") Withdrawal withdrawal, BindingResult errors, Model model) {
		Commitment commitment = opened(id, token);
		String reason = CommitmentAnswers.required(withdrawal.reason(), "reason", CommitmentAnswers.MAX_TEXT,
				"bid.error.reason", errors);
		if (!errors.hasErrors()) {
			try {
				commitments.withdraw(commitment, reason, Commitments.MEMBER);
				return "redirect:" + path(id, token) + "?done=withdrawn";
			}
			catch (CommitmentState.IllegalMove moved) {
				errors.rejectValue("reason", "bid.error.moved", new Object[] { Html.t(moved.state().label()) }, null);
			}
		}
		model.addAttribute("view", view(commitment, token, commitment.state()));
		model.addAttribute("withdrawal", withdrawal);
		model.addAttribute("errors", FieldErrors.of(errors));
		return VIEW;
	}

	private Commitment opened(long id, String token) {
		return commitments.byLink(id, token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private View view(Commitment commitment, String token, CommitmentState step) {
		Member member = store.member(commitment.memberId()).orElseThrow();
		return new View(commitment, member, commitment.kind().unit().label(), path(commitment.id(), token), step);
	}

}
