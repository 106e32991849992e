package eu.balticaigf.portal.meeting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code on a confirmed in-person seat: it encodes the staff check-in link with the
 * seat's private token.
 */
final class CheckInCode {

	private static final int SIZE = 360;

	private static final int MASK_PATTERNS = 8;

	private CheckInCode() {
	}

	/**
	 * About one code in a hundred, with the mask the encoder prefers, is not found by
	 * zxing's camera-style detector (its data happens to look like a finder pattern).
	 * Staff scan these at the door, so each code is read back the way a scanner would
	 * read it, and another mask is tried until it is found.
	 */
	static byte[] png(String url) {
		BufferedImage image = image(url, null);
		for (int mask = 0; mask < MASK_PATTERNS && !scansAs(image, url); mask++) {
			image = image(url, mask);
		}
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage image(String url, Integer maskPattern) {
		Map<EncodeHintType, Object> hints = new HashMap<>();
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, 4);
		if (maskPattern != null) {
			hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
		}
		try {
			BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, SIZE, SIZE, hints);
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
					BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			return image;
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A check-in link always fits in a QR code", ex);
		}
	}

	private static boolean scansAs(BufferedImage image, String url) {
		try {
			int width = image.getWidth();
			int height = image.getHeight();
			int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
			BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
			return url.equals(new QRCodeReader().decode(bitmap).getText());
		}
		catch (ReaderException ex) {
			return false;
		}
	}

}
