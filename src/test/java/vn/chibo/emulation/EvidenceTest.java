package vn.chibo.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.emulation.internal.EvidenceService;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Evidence files: type- and size-checked by content, kept in the database, downloaded only within scope. */
@IntegrationTest
@Transactional
class EvidenceTest {

    static final byte[] PDF = "%PDF-1.4\n% minh chứng\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    EvidenceService evidence;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long registrationOfSampleCell() {
        long programme = jdbc.sql("select id from programme where programme_year = :y and name like '%Đảng bộ Quân khu 10%'")
                .param("y", demo.today().getYear()).query(Long.class).single();
        signIn("bithu");
        return jdbc.sql("select id from registration where programme_id = :p and organization_id = :o")
                .param("p", programme).param("o", demo.sampleCell()).query(Long.class).optional()
                .orElseGet(() -> programmes.register(programme, demo.sampleCell(), demo.today(), "NQ chi bộ").getId());
    }

    @Test
    void aPdfIsAttachedListedAndDownloadedByThoseInScope() throws Exception {
        long registration = registrationOfSampleCell();
        String period = String.valueOf(demo.today().getYear());
        var attached = evidence.attach(registration, period, "C2.1", "Biên bản sinh hoạt tháng 11.pdf", PDF);
        assertThat(evidence.list(registration, period)).extracting(EvidenceService.Evidence::filename)
                .contains("Biên bản sinh hoạt tháng 11.pdf");
        assertThat(evidence.download(registration, attached.id()).content()).isEqualTo(PDF);
        mvc.perform(get("/registrations/" + registration + "/evidence/" + attached.id()).with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("UTF-8''Bi%C3%AAn")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/registrations/" + registration + "/evidence/" + attached.id()).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk());
        long communeCell = demo.cellOutsideDivision();
        mvc.perform(get("/registrations/" + registration + "/evidence/" + attached.id()).with(user(demo.user("dangvien"))))
                .andExpect(status().isNotFound());
        assertThat(communeCell).isPositive();
    }

    @Test
    void filesAreCheckedByTypeContentAndSize() {
        long registration = registrationOfSampleCell();
        String period = String.valueOf(demo.today().getYear());
        assertThatThrownBy(() -> evidence.attach(registration, period, "C2.1", "virus.exe", new byte[] {0x4D, 0x5A, 0, 0}))
                .extracting("messageKey").isEqualTo("evidence.error.type");
        assertThatThrownBy(() -> evidence.attach(registration, period, "C2.1", "gia-mao.pdf", "MZ not a pdf".getBytes()))
                .extracting("messageKey").isEqualTo("evidence.error.type");
        byte[] big = Arrays.copyOf(PDF, EvidenceService.MAX_BYTES + 1);
        assertThatThrownBy(() -> evidence.attach(registration, period, "C2.1", "lon.pdf", big))
                .extracting("messageKey").isEqualTo("evidence.error.tooLarge");
        assertThatThrownBy(() -> evidence.attach(registration, period, "C9.9", "a.pdf", PDF))
                .extracting("messageKey").isEqualTo("evidence.error.indicator");
        assertThatThrownBy(() -> evidence.attach(registration, period, "C2.1", "rong.pdf", new byte[0]))
                .extracting("messageKey").isEqualTo("evidence.error.empty");
    }

    @Test
    void anInspectorReadsButDoesNotAttach() {
        long registration = registrationOfSampleCell();
        signIn("kiemtra");
        assertThat(evidence.list(registration, String.valueOf(demo.today().getYear()))).isNotNull();
        assertThatThrownBy(() -> evidence.attach(registration, String.valueOf(demo.today().getYear()), "C2.1", "a.pdf", PDF))
                .isInstanceOf(ForbiddenException.class);
    }
}
