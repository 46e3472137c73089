package org.zhengtong;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail SMTP server of the tests that read e-mail, on the port the test context sends to
 * ({@code spring.mail.port} in the test properties). The port comes from the build ({@code test.smtp.port}: 3025, and
 * 3026 with -Ppostgres), so the H2 and PostgreSQL suites can run side by side.
 */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("zt.test.smtp-port", 3025);

    private TestSmtp() {
    }

    /** One server for the whole test class, as the tests' mail checks expect. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }
}
