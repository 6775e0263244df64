package vn.chibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ChiBo: party-building models (Chi bộ 4 tốt, 5 tốt, dìu dắt quần chúng) for Vietnamese party organizations. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChiboApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChiboApplication.class, args);
    }
}
