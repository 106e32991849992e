package eu.balticaigf.portal.application;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The files applicants uploaded, for staff only: always as an attachment, with the media
 * type their content was judged to have and {@code nosniff}, so that no browser runs one
 * as a page. A file is named by its SHA-256, which the application's answers carry.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'VIEWER')")
class StaffFiles {

	static final String PATH = "/staff/application-files/";

	private final ApplicationFiles files;

	StaffFiles(ApplicationFiles files) {
		this.files = files;
	}

	@GetMapping(PATH + "{sha256}")
	ResponseEntity<byte[]> download(@PathVariable String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ApplicationFiles.Content file = files.submitted(sha256)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(file.bytes());
	}

}
