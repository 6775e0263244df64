package vn.chibo.cluster.internal;

import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This node's name in the job log: {@code chibo.node.name}, or the JVM's "pid@host". */
@Component
class NodeName {

    private final String name;

    NodeName(@Value("${chibo.node.name:}") String configured) {
        this.name = configured == null || configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured.strip();
    }

    String get() {
        return name;
    }
}
