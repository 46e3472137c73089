package org.zhengtong.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts the application without its web server, with --zhengtong.search.rebuild=true, and stops when done. */
public final class IndexRebuild {

    public static void main(String[] args) {
        new SpringApplicationBuilder(org.zhengtong.ZhengTongApplication.class)
                .properties("server.port=0")
                .properties("zhengtong.supervision.cron=-", "zhengtong.search.rebuild=true", "spring.main.banner-mode=off")
                .run(args).close();
        System.exit(0);
    }
}
