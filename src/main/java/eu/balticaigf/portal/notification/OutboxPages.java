package eu.balticaigf.portal.notification;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins see e-mails that could not be delivered after every retry, and send them again
 * once the cause is fixed.
 */
@Controller
@RequestMapping("/staff/outbox")
@PreAuthorize("hasRole('ADMIN')")
class OutboxPages {

	private final OutboxMessages messages;

	private final MailDispatcher dispatcher;

	OutboxPages(OutboxMessages messages, MailDispatcher dispatcher) {
		this.messages = messages;
		this.dispatcher = dispatcher;
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

}
