package org.gridloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Gridloop, a digital urban management platform (数字化城市管理信息系统).
 *
 * <p>Each first-level package is an application module verified by Spring Modulith; the types
 * in this package are the few shared by all of them.
 */
@SpringBootApplication
@EnableScheduling
public class GridloopApplication {

    public static void main(String[] args) {
        SpringApplication.run(GridloopApplication.class, args);
    }
}
