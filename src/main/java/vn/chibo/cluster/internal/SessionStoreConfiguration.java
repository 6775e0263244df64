package vn.chibo.cluster.internal;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions in the database (Spring Session JDBC, tables by Flyway V22), so that any node serves any request.
 * Session attributes are written with an upsert, so that two parallel requests of one session that both add an
 * attribute do not collide on its key, and serialized by {@link SessionAttributeSerializer}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** H2's upsert, the equivalent of Spring Session's own PostgreSQL customizer. */
    static final String H2_UPSERT_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> chiboSessionRepository(DataSource dataSource,
            @org.springframework.beans.factory.annotation.Value("${chibo.session.strict-flash:false}") boolean strictFlash) {
        String product = productName(dataSource);
        return repository -> {
            GenericConversionService conversion = new GenericConversionService();
            conversion.addConverter(Object.class, byte[].class, new SessionAttributeSerializer(strictFlash));
            conversion.addConverter(byte[].class, Object.class,
                    new DeserializingConverter(SessionStoreConfiguration.class.getClassLoader()));
            repository.setConversionService(conversion);
            if (product.contains("postgresql")) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else if (product.contains("h2")) {
                repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
            }
        };
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName).toLowerCase();
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell the database of the session store", e);
        }
    }
}
