package org.zhengtong.attack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.zhengtong.AsUser;
import org.zhengtong.TestClockConfiguration;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;

/**
 * An attack that only a real server shows (Tomcat's redirects, error dispatches, cookies), made with a real HTTP
 * client against the application on a random port. The same context as the browser journeys, so it is started once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zhengtong.demo=true")
@Import({TestClockConfiguration.class, TestUsers.class, AsUser.class, PlatformFixtures.class})
@interface RealServerTest {
}
