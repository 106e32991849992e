package eu.balticaigf.portal.pages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import eu.balticaigf.portal.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mails a person receives, read as they would be: subject, text, HTML, attachments,
 * the links in them.
 */
public final class Inbox {

	private Inbox() {
	}

	/**
	 * The {@code n}th message (1 = the first) to this address, waiting up to 15 s for it.
	 */
	public static Mail nth(String address, int n) {
		List<MimeMessage> messages = TestMail.awaitMessagesTo(address, n);
		assertThat(messages).as("e-mails to " + address).hasSizeGreaterThanOrEqualTo(n);
		return Mail.of(messages.get(n - 1));
	}

	/** The newest message to this address once there are {@code count}. */
	public static Mail latest(String address, int count) {
		List<MimeMessage> messages = TestMail.awaitMessagesTo(address, count);
		assertThat(messages).as("e-mails to " + address).hasSizeGreaterThanOrEqualTo(count);
		return Mail.of(messages.get(messages.size() - 1));
	}

	/** The plain-text and HTML bodies and the attachments (by file name) of a message. */
	public record Mail(String subject, String text, String html, Map<String, byte[]> attachments) {

		public static Mail of(MimeMessage message) {
			try {
				List<String> texts = new ArrayList<>();
				List<String> htmls = new ArrayList<>();
				Map<String, byte[]> attachments = new LinkedHashMap<>();
				walk(message, texts, htmls, attachments);
				return new Mail(message.getSubject(), String.join("\n", texts), String.join("\n", htmls), attachments);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * The path of the first link in the text part that matches, e.g.
		 * {@code /applications/[^\s]+}.
		 */
		public String path(String regex) {
			Matcher link = Pattern.compile("https?://[^/\\s]+(" + regex + ")").matcher(text);
			assertThat(link.find()).as("a link matching " + regex + " in\n" + text).isTrue();
			return link.group(1);
		}

		/** The text a QR code attachment encodes, read as a scanner would. */
		public String qr(String attachment) {
			try {
				assertThat(attachments).containsKey(attachment);
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(attachments.get(attachment)));
				int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
				RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
				return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
			}
			catch (Exception ex) {
				throw new AssertionError("no readable QR code in " + attachment, ex);
			}
		}

		private static void walk(Part part, List<String> texts, List<String> htmls, Map<String, byte[]> attachments)
				throws Exception {
			if (part.getFileName() != null) {
				attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
			}
			else if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					walk(multipart.getBodyPart(i), texts, htmls, attachments);
				}
			}
			else if (part.isMimeType("text/plain")) {
				texts.add(String.valueOf(part.getContent()));
			}
			else if (part.isMimeType("text/html")) {
				htmls.add(String.valueOf(part.getContent()));
			}
		}

	}

}
