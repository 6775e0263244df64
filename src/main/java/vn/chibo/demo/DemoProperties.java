package vn.chibo.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.chibo.shared.demo.DemoSize;

/**
 * @param enabled load the demo region into an empty database and create the demo accounts
 * @param size    {@code small} (~100 cells, 1,000 members, 2,000 masses) or {@code region}
 *                (~2,500 cells, 30,000 members, 60,000 masses) for benchmarks
 * @param seed    random seed; the same seed always gives the same region
 */
@ConfigurationProperties("chibo.demo")
public record DemoProperties(boolean enabled, DemoSize size, Long seed) {

    public DemoProperties {
        size = size == null ? DemoSize.SMALL : size;
        seed = seed == null ? 20220616L : seed;
    }
}
