package vn.chibo.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A test of an {@link IntegrationTest} class that signs in leaves no user to the next, without an {@code @AfterEach}. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignOutAfterEachTest {

    @Autowired
    DemoFixture demo;

    @Test
    @Order(1)
    void aTestSignsIn() {
        demo.signIn("canbo");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    @Order(2)
    void theNextFindsNoOneSignedIn() {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
