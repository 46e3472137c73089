package org.zhengtong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.zhengtong.notification.RecordingSmsGateway;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.ProbePermissions;
import org.zhengtong.platform.admin.AdminFixtures;
import org.zhengtong.search.ProbeSearchable;

/**
 * A test against the whole application on a real database (H2 by default, PostgreSQL with -Ppostgres), with the
 * demo city loaded. Every such test shares one application context; tests create their own uniquely named data
 * and never rely on an empty database. Time comes from a {@link MutableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, TestUsers.class, AsUser.class, PlatformFixtures.class, AdminFixtures.class,
        ProbeSearchable.class, ConnectionFaults.class, ProbePermissions.class, RecordingSmsGateway.class})
public @interface IntegrationTest {
}
