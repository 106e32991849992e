package eu.balticaigf.portal.staff;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code as inline SVG on the server, so enrolment needs no script and no
 * third-party service.
 */
final class QrCodes {

	private static final int BORDER = 4;

	private QrCodes() {
	}

	static String svg(String text, String label) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + BORDER * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"portal-qr\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"240\" height=\"240\" role=\"img\" aria-label=\"" + escape(label) + "\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
				+ "\" fill=\"#000000\" shape-rendering=\"crispEdges\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
