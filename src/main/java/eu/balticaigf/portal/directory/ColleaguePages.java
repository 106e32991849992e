package eu.balticaigf.portal.directory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A colleague confirms their address by the link e-mailed to it (a button, as for sign-in
 * links); from then on the address may sign in for the organisation.
 */
@Controller
class ColleaguePages {

	static final String PATH = "/directory/colleagues";

	private final DirectoryAccounts accounts;

	private final Organisations organisations;

	ColleaguePages(DirectoryAccounts accounts, Organisations organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	@GetMapping(PATH + "/{token}")
	String invitation(@PathVariable String token, Model model) {
		return accounts.colleagueInvitation(token).flatMap(organisations::find).map(organisation -> {
			model.addAttribute("organisation", organisation.name());
			model.addAttribute("action", PATH + "/" + token);
			return "directory/colleague";
		}).orElse("directory/linkNoLongerWorks");
	}

	@PostMapping(PATH + "/{token}")
	String confirm(@PathVariable String token, Model model) {
		return accounts.confirmColleague(token).flatMap(organisations::find).map(organisation -> {
			model.addAttribute("organisation", organisation.name());
			model.addAttribute("confirmed", true);
			return "directory/colleague";
		}).orElse("directory/linkNoLongerWorks");
	}

}
