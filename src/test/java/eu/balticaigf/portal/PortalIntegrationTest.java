package eu.balticaigf.portal;

import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the portal's integration tests reach the running portal with: its port (for a
 * {@code Visitor}), MockMvc for API-style requests, the database, and the context (for
 * staff accounts). Declared once here, so that a test class declares only what is its
 * own.
 */
@PortalTest
public abstract class PortalIntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected ApplicationContext context;

	/** A browser signed in as a new member of staff with this role, reading English. */
	protected Visitor signedIn(Role role) {
		Visitor visitor = Visitor.at(port).speaking("en");
		visitor.signIn(StaffSignInSupport.create(context, role));
		return visitor;
	}

}
