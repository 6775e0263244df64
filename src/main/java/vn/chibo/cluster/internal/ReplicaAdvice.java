package vn.chibo.cluster.internal;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import vn.chibo.shared.replica.ReadsFromReplica;

/**
 * Applies {@link ReadsFromReplica} (on a class or a method) before any transaction begins, so that the transaction's
 * connection comes from the replica. Harmless without a replica: the mark is then read by nobody.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaAdvice {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readsFromReplicaAdvisor() {
        var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(ReadsFromReplica.class, true))
                .union(new AnnotationMatchingPointcut(null, ReadsFromReplica.class, true));
        var advisor = new DefaultPointcutAdvisor(pointcut, new ReplicaRouting.Interceptor());
        // outside the transaction interceptor (lowest precedence), which opens the connection
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return advisor;
    }
}
