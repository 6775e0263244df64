package vn.chibo.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the REST API at /v3/api-docs and /swagger-ui.html. */
@Configuration
class ApiDocsConfig {

    @Bean
    OpenAPI chiboApi() {
        return new OpenAPI()
                .info(new Info().title("ChiBo API").version("v1")
                        .description("Tổ chức đảng, đảng viên và quần chúng — scoped to the account: records outside its "
                                + "organization subtree answer 404, changes its role may not make answer 403. Errors are "
                                + "RFC 9457 problem details in Vietnamese (default) or English (?lang=en). Scripts "
                                + "authenticate with HTTP Basic using an account's credentials."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
