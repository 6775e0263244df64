package vn.chibo.meeting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Installs the meeting rubrics ChiBo ships ({@code classpath:meeting-rubrics/*.json}) where missing, before the demo loads. */
@Component
@Order(1)
class ShippedRubrics implements ApplicationRunner {

    private final RubricService rubrics;

    ShippedRubrics(RubricService rubrics) {
        this.rubrics = rubrics;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:meeting-rubrics/*.json");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                rubrics.installIfMissing(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
