package eu.balticaigf.portal.messages;

/** One person a message goes to, and the language they read it in. */
record Recipient(String email, String language) {
}
