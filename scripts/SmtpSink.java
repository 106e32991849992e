import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A receiving mail server for the fault scripts: accepts every message and appends one line per delivery to LOG_FILE,
 * "Message-ID<TAB>recipients<TAB>subject", so a script can count deliveries per Message-ID (a repeat shows up as a
 * second line with the same id). Run with {@code java scripts/SmtpSink.java PORT LOG_FILE}.
 */
public class SmtpSink {

	public static void main(String[] args) throws Exception {
		Path log = Path.of(args[1]);
		try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
			while (true) {
				Socket socket = server.accept();
				new Thread(() -> serve(socket, log)).start();
			}
		}
	}

	static void serve(Socket socket, Path log) {
		try (socket;
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
			reply(out, "220 sink ready");
			String recipients = "";
			for (String line; (line = in.readLine()) != null;) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 sink");
					case "MAIL" -> {
						recipients = "";
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						recipients += (recipients.isEmpty() ? "" : ",") + line.replaceAll("(?i).*<([^>]*)>.*", "$1");
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 go ahead");
						String messageId = "", subject = "";
						boolean headers = true;
						String data;
						while ((data = in.readLine()) != null && !data.equals(".")) {
							if (data.isEmpty()) {
								headers = false;
							}
							else if (headers && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
								messageId = data.substring(11).strip();
							}
							else if (headers && data.regionMatches(true, 0, "Subject:", 0, 8)) {
								subject = data.substring(8).strip();
							}
						}
						if (data == null) {
							return; // the sender went away before the end of the message: not delivered
						}
						synchronized (SmtpSink.class) {
							try (Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
									StandardOpenOption.APPEND)) {
								writer.write(messageId + "\t" + recipients + "\t" + subject + "\n");
							}
						}
						reply(out, "250 OK queued");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (Exception ex) {
			// A client that went away mid-conversation (the portal was killed): its message was not acknowledged.
		}
	}

	static void reply(PrintWriter out, String line) {
		out.print(line + "\r\n");
		out.flush();
	}

}
