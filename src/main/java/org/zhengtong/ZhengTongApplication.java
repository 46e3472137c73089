package org.zhengtong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ZhengTongApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhengTongApplication.class, args);
    }
}
