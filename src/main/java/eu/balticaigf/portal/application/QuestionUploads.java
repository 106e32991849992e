package eu.balticaigf.portal.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.call.FormVersion;
import eu.balticaigf.portal.call.Question;
import eu.balticaigf.portal.shared.UploadedFiles;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The files a form post brings for the call's file questions: each judged by
 * {@link UploadedFiles} (kind by content, whole, size, plain name) against its question's
 * kinds and limit, and against the limit of one application's files together. A file that
 * passes replaces the draft's earlier one for its question; one that does not is named
 * next to its field and nothing is stored. A question for which no file was chosen keeps
 * the file it has.
 */
@Component
class QuestionUploads {

	/** All files of one application together, at most. */
	static final long MAX_APPLICATION_BYTES = 25L * 1024 * 1024;

	private final ApplicationFiles files;

	private final Clock clock;

	QuestionUploads(ApplicationFiles files, Clock clock) {
		this.files = files;
		this.clock = clock;
	}

	List<ApplicationValidator.FieldError> receive(UUID draftId, FormVersion form, HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		List<ApplicationValidator.FieldError> refused = new ArrayList<>();
		if (multipart == null) {
			return refused;
		}
		for (Question question : form.questions()) {
			String field = QuestionAnswers.field(question);
			MultipartFile file = question.type() == Question.Type.FILE ? multipart.getFile(field) : null;
			if (file == null || (file.isEmpty() && !StringUtils.hasLength(file.getOriginalFilename()))) {
				continue;
			}
			Set<UploadedFiles.Kind> kinds = kinds(question);
			try {
				UploadedFiles.Checked checked = UploadedFiles.check(file, question.maxBytes(), kinds);
				if (files.draftBytesBesides(draftId, question.key()) + checked.size() > MAX_APPLICATION_BYTES) {
					refused.add(new ApplicationValidator.FieldError(field, "filesTooLarge"));
				}
				else {
					files.saveForDraft(draftId, question.key(), checked, clock.instant());
				}
			}
			catch (UploadedFiles.Refused problem) {
				refused.add(new ApplicationValidator.FieldError(field, problem.problem().name(),
						UploadedFiles.message(problem, question.maxBytes(), kinds)));
			}
		}
		return refused;
	}

	static Set<UploadedFiles.Kind> kinds(Question question) {
		Set<UploadedFiles.Kind> kinds = EnumSet.noneOf(UploadedFiles.Kind.class);
		question.kinds().forEach(kind -> kinds.add(UploadedFiles.Kind.valueOf(kind)));
		return kinds;
	}

}
