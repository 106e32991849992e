package eu.balticaigf.portal.notification;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.balticaigf.portal.shared.StaffNames;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins see e-mails that could not be delivered after every retry, and send them again
 * once the cause is fixed; and send themselves a test e-mail to check that e-mail leaves
 * the portal at all (after setting up SMTP, or when nothing seems to arrive).
 */
@Controller
@RequestMapping("/staff/outbox")
@PreAuthorize("hasRole('ADMIN')")
class OutboxPages {

	private final OutboxMessages messages;

	private final MailDispatcher dispatcher;

	private final StaffNames staffNames;

	OutboxPages(OutboxMessages messages, MailDispatcher dispatcher, StaffNames staffNames) {
		this.messages = messages;
		this.dispatcher = dispatcher;
		this.staffNames = staffNames;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("waiting", messages.waiting());
		model.addAttribute("parked", messages.parked());
		return "notification/outbox";
	}

	@PostMapping("/{id}/resend")
	String resend(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("resent", dispatcher.resend(id));
		return "redirect:/staff/outbox";
	}

	@PostMapping("/test")
	String sendTest(Authentication staff, Locale locale, RedirectAttributes redirect) {
		String address = staff.getName();
		dispatcher.sendTest(address, staffNames.byEmail(List.of(address)).getOrDefault(address, address), locale);
		redirect.addFlashAttribute("testSentTo", address);
		return "redirect:/staff/outbox";
	}

}
