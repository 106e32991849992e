package eu.balticaigf.portal.application;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The plain text of a received message, whatever its MIME structure. */
public final class TestMailText {

	private TestMailText() {
	}

	public static String of(Part part) {
		try {
			Object content = part.getContent();
			if (content instanceof String text) {
				return text;
			}
			if (content instanceof Multipart multipart) {
				StringBuilder all = new StringBuilder();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					all.append(of(child)).append('\n');
				}
				return all.toString();
			}
			return String.valueOf(content);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
