package eu.balticaigf.portal.notification;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	record Parked(UUID id, String recipient, String subject, int attempts, String lastError, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final MailDispatcher dispatcher;

	OutboxPages(JdbcClient jdbc, MailDispatcher dispatcher) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("waiting",
				jdbc.sql("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'").query(Long.class).single());
		model.addAttribute("parked",
				jdbc.sql("""
						SELECT id, recipient, subject, attempts, last_error, created_at FROM outbox_message
						WHERE status = 'PARKED' ORDER BY created_at LIMIT 500""")
					.query((rs, row) -> new Parked(rs.getObject("id", UUID.class), rs.getString("recipient"),
							rs.getString("subject"), rs.getInt("attempts"), rs.getString("last_error"),
							rs.getTimestamp("created_at").toInstant()))
					.list());
		return "staff/notification/outbox";
	}

	@PostMapping("/{id}/resend")
	String resend(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("resent", dispatcher.resend(id));
		return "redirect:/staff/outbox";
	}

}
