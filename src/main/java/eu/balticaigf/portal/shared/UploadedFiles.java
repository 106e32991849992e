package eu.balticaigf.portal.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one gate every uploaded file passes: its kind is judged by its content (never by
 * its name or by what the browser claims), it must be whole (a truncated or damaged file
 * is refused, not stored), within the caller's size limit, and its name must be a plain
 * file name (no folders, no line breaks that would break a header or a log line). What
 * passes is returned with its SHA-256, so that what was stored can later be proved
 * unchanged.
 */
public final class UploadedFiles {

	/**
	 * Every multipart request is capped at this size before anything reads it; callers
	 * choose their own, smaller limit per file so that a person gets a message next to
	 * the field rather than an error page.
	 */
	public static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;

	/**
	 * A ZIP's entries may unpack to no more than this: a small file that unpacks to
	 * gigabytes (a ZIP bomb) is refused as damaged.
	 */
	static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

	private static final int MAX_NAME_LENGTH = 200;

	/**
	 * Endings that claim a kind (ours and the usual others): such an ending is replaced
	 * by the real kind's; any other (a dot in "v2.1 final") is kept and the real one
	 * added.
	 */
	private static final Set<String> KNOWN_ENDINGS = Set.of("pdf", "xlsx", "xls", "docx", "doc", "png", "jpg", "jpeg",
			"gif", "webp", "svg", "txt", "csv", "odt", "ods", "rtf", "html", "htm", "zip", "exe");

	/** What a file is, judged by its content, with the media type it is served as. */
	public enum Kind {

		PDF("application/pdf"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PNG("image/png"),
		JPEG("image/jpeg", "jpg", "jpeg");

		private final String mediaType;

		/** The file name endings of this kind, the usual one first. */
		private final List<String> extensions;

		Kind(String mediaType, String... extensions) {
			this.mediaType = mediaType;
			this.extensions = extensions.length == 0 ? List.of(name().toLowerCase(java.util.Locale.ROOT))
					: List.of(extensions);
		}

		/**
		 * The name with this kind's ending: kept when it already has one, otherwise the
		 * ending it has (or none) replaced, so that "fake.pdf" holding a PNG becomes
		 * "fake.png" and is never handed out as a PDF.
		 */
		String rename(String name) {
			int dot = name.lastIndexOf('.');
			String ending = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
			if (extensions.contains(ending)) {
				return name;
			}
			String stem = dot > 0 && KNOWN_ENDINGS.contains(ending) ? name.substring(0, dot) : name;
			return stem + "." + extensions.get(0);
		}

		public String mediaType() {
			return mediaType;
		}

		/** The kind's name for people, a message key in every bundle. */
		public String label() {
			return "upload.kind." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Why a file was refused; each has a message for the person who sent it. */
	public enum Problem {

		MISSING, EMPTY, TOO_LARGE, BAD_NAME, WRONG_KIND, DAMAGED;

		/** The message code (arguments: the limit in MB, the accepted kinds in words). */
		public String messageCode() {
			return switch (this) {
				case MISSING -> "upload.error.missing";
				case EMPTY -> "upload.error.empty";
				case TOO_LARGE -> "upload.error.tooLarge";
				case BAD_NAME -> "upload.error.badName";
				case WRONG_KIND -> "upload.error.wrongKind";
				case DAMAGED -> "upload.error.damaged";
			};
		}

	}

	/** A file that passed: the name as sent, its kind, size and SHA-256 (hex). */
	public record Checked(String name, Kind kind, long size, String sha256, byte[] content) {
	}

	/** A file that did not pass, and why. */
	public static final class Refused extends Exception {

		private final Problem problem;

		Refused(Problem problem) {
			super(problem.name(), null, false, false);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}

	}

	private UploadedFiles() {
	}

	/** Checks a file as a page received it; none chosen is {@link Problem#MISSING}. */
	public static Checked check(MultipartFile file, long maxBytes, Set<Kind> accepted) throws Refused {
		if (file == null || (file.isEmpty() && !StringUtils.hasLength(file.getOriginalFilename()))) {
			throw new Refused(Problem.MISSING);
		}
		if (file.getSize() > maxBytes) {
			throw new Refused(Problem.TOO_LARGE);
		}
		try {
			return check(file.getOriginalFilename(), file.getBytes(), maxBytes, accepted);
		}
		catch (IOException unreadable) {
			throw new Refused(Problem.DAMAGED);
		}
	}

	/** Checks a file's name and content against the limit and the accepted kinds. */
	public static Checked check(String name, byte[] content, long maxBytes, Set<Kind> accepted) throws Refused {
		if (content == null) {
			throw new Refused(Problem.MISSING);
		}
		if (!plainName(name)) {
			throw new Refused(Problem.BAD_NAME);
		}
		if (content.length == 0) {
			throw new Refused(Problem.EMPTY);
		}
		if (content.length > maxBytes) {
			throw new Refused(Problem.TOO_LARGE);
		}
		Kind claimed = claimedKind(content);
		if (claimed == null || !accepted.contains(claimed)) {
			throw new Refused(Problem.WRONG_KIND);
		}
		if (!whole(claimed, content)) {
			throw new Refused(Problem.DAMAGED);
		}
		return new Checked(claimed.rename(name.strip()), claimed, content.length, sha256(content), content);
	}

	/**
	 * What to tell the person whose file was refused, in their language once resolved
	 * (e.g. {@code FieldErrors.add(field, Html.t(message))}): the limit in MB, the kind
	 * expected.
	 */
	public static MessageSourceResolvable message(Refused refused, long maxBytes, Set<Kind> accepted) {
		String code = refused.problem() == Problem.WRONG_KIND && accepted.size() != 1 ? "upload.error.wrongKindAny"
				: refused.problem().messageCode();
		Object kind = accepted.isEmpty() ? "" : new DefaultMessageSourceResolvable(accepted.iterator().next().label());
		return new DefaultMessageSourceResolvable(new String[] { code },
				new Object[] { Math.max(1, maxBytes / (1024 * 1024)), kind });
	}

	/** The hex SHA-256 of these bytes. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A name a person gave a file on their computer: not blank, not too long, no folder
	 * part, no control characters (a line break would split a mail header or a log line).
	 */
	static boolean plainName(String name) {
		if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			return false;
		}
		String stripped = name.strip();
		if (stripped.equals(".") || stripped.equals("..") || stripped.startsWith(".")) {
			return false;
		}
		return name.codePoints()
			.noneMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c) || c == '\u2028'
					|| c == '\u2029');
	}

	/** The kind the first bytes announce, or null. */
	static Kind claimedKind(byte[] content) throws Refused {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Kind.PDF;
		}
		if (startsWith(content, PNG_SIGNATURE)) {
			return Kind.PNG;
		}
		if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return Kind.JPEG;
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return officeKind(content);
		}
		return null;
	}

	private static boolean whole(Kind kind, byte[] content) {
		return switch (kind) {
			case PDF -> wholePdf(content);
			case PNG -> wholePng(content);
			case JPEG -> wholeJpeg(content);
			case XLSX, DOCX -> wholeZip(content);
		};
	}

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,12})\\s+%%EOF\\s*$");

	private static final Pattern OBJECT = Pattern.compile("\\A\\s*\\d+\\s+\\d+\\s+obj\\b");

	/**
	 * A PDF ends with {@code startxref}, the offset of its cross-reference section, and
	 * {@code %%EOF}; a reader starts there. So a whole PDF has that trailer in its last
	 * kilobyte, and the offset points inside the file at a cross-reference table
	 * ({@code xref}) or stream ({@code n 0 obj}). A truncated upload loses the trailer; a
	 * file that only starts like a PDF has no valid offset.
	 */
	private static boolean wholePdf(byte[] content) {
		int tailStart = Math.max(0, content.length - 1024);
		String tail = new String(content, tailStart, content.length - tailStart, StandardCharsets.ISO_8859_1);
		Matcher trailer = STARTXREF.matcher(tail);
		if (!trailer.find()) {
			return false;
		}
		long offset = Long.parseLong(trailer.group(1));
		if (offset < 5 || offset >= content.length) {
			return false;
		}
		int end = (int) Math.min(content.length, offset + 64);
		String at = new String(content, (int) offset, end - (int) offset, StandardCharsets.ISO_8859_1);
		return at.startsWith("xref") || OBJECT.matcher(at).find();
	}

	/**
	 * A PNG is its signature and a chain of chunks, each with a CRC, from IHDR to IEND at
	 * the very end; a truncated or altered one breaks the chain.
	 */
	private static boolean wholePng(byte[] content) {
		int at = PNG_SIGNATURE.length;
		boolean first = true;
		while (at + 12 <= content.length) {
			long length = readInt(content, at);
			String type = new String(content, at + 4, 4, StandardCharsets.US_ASCII);
			if (length < 0 || length > content.length - at - 12) {
				return false;
			}
			if (first && !type.equals("IHDR")) {
				return false;
			}
			first = false;
			CRC32 crc = new CRC32();
			crc.update(content, at + 4, 4 + (int) length);
			if (crc.getValue() != readInt(content, at + 8 + (int) length)) {
				return false;
			}
			at += 12 + (int) length;
			if (type.equals("IEND")) {
				return at == content.length;
			}
		}
		return false;
	}

	/** A JPEG starts with SOI and ends with EOI ({@code FF D9}); a cut one has no EOI. */
	private static boolean wholeJpeg(byte[] content) {
		return content.length >= 4 && (content[content.length - 2] & 0xFF) == 0xFF
				&& (content[content.length - 1] & 0xFF) == 0xD9;
	}

	/**
	 * A ZIP is whole when its end-of-central-directory record is there and every entry
	 * unpacks with a matching CRC (ZipInputStream checks each one as it is read).
	 */
	private static boolean wholeZip(byte[] content) {
		if (!hasEndOfCentralDirectory(content)) {
			return false;
		}
		long unpacked = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
					unpacked += read;
					if (unpacked > MAX_UNPACKED_BYTES) {
						return false;
					}
				}
			}
			return true;
		}
		catch (IOException | IllegalArgumentException damaged) {
			return false;
		}
	}

	private static boolean hasEndOfCentralDirectory(byte[] content) {
		// The record is 22 bytes plus a comment of at most 65,535.
		int lowest = Math.max(0, content.length - 22 - 65535);
		for (int at = content.length - 22; at >= lowest; at--) {
			if (content[at] == 'P' && content[at + 1] == 'K' && content[at + 2] == 5 && content[at + 3] == 6) {
				int commentLength = (content[at + 20] & 0xFF) | (content[at + 21] & 0xFF) << 8;
				return at + 22 + commentLength == content.length;
			}
		}
		return false;
	}

	/**
	 * An Office Open XML file is a ZIP with a content-types part and its main part: the
	 * workbook for XLSX, the document for DOCX. Any other ZIP is not one of ours.
	 */
	private static Kind officeKind(byte[] content) throws Refused {
		Set<String> names = new HashSet<>();
		try (InputStream in = new ByteArrayInputStream(content); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null
					&& names.size() < 10_000; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		catch (IOException | IllegalArgumentException damaged) {
			// A ZIP that breaks before its parts are named is damaged, whatever it meant
			// to be.
			throw new Refused(Problem.DAMAGED);
		}
		if (!names.contains("[Content_Types].xml")) {
			return null;
		}
		if (names.contains("xl/workbook.xml")) {
			return Kind.XLSX;
		}
		if (names.contains("word/document.xml")) {
			return Kind.DOCX;
		}
		return null;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static long readInt(byte[] content, int at) {
		return ((long) (content[at] & 0xFF) << 24) | ((content[at + 1] & 0xFF) << 16) | ((content[at + 2] & 0xFF) << 8)
				| (content[at + 3] & 0xFF);
	}

}
