package vn.chibo.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.recognition.internal.GoodExample;
import vn.chibo.recognition.internal.GoodExampleInput;
import vn.chibo.recognition.internal.GoodExampleRegister;
import vn.chibo.recognition.internal.GoodExampleService;
import vn.chibo.recognition.internal.GoodExampleStatus;
import vn.chibo.recognition.internal.RegisterFilter;
import vn.chibo.recognition.internal.RegisterQuery;
import vn.chibo.recognition.internal.SubjectType;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Gương người tốt, việc tốt: exactly one subject, written by officers and secretaries in their
 * scope, published and withdrawn, read in scope (a member: his own and those published in his
 * cell), filtered and paged, audited.
 */
@IntegrationTest
@Transactional
class GoodExampleTest {

    @Autowired
    GoodExampleService examples;
    @Autowired
    RegisterQuery query;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static GoodExampleInput story(LocalDate today, Long personId, Long organizationId, String title) {
        GoodExampleInput input = new GoodExampleInput();
        input.setPersonId(personId);
        input.setOrganizationId(organizationId);
        input.setTitle(title);
        input.setStory("Đồng chí đã  giúp đỡ đồng đội.\r\n\r\n  Việc làm được đơn vị biểu dương.  ");
        input.setStoryDate(today.minusDays(3));
        return input;
    }

    @Test
    void aSecretaryWritesADraftAboutOneMemberOfHisCellAndPublishesItAudited() {
        signIn("bithu");
        GoodExample example = examples.create(story(demo.today(), demo.personOf("dangvien"), null, "Cõng bạn qua suối lũ"));
        assertThat(example.getStatus()).isEqualTo(GoodExampleStatus.DRAFT);
        assertThat(example.getSubjectKind()).isEqualTo(SubjectType.PERSON);
        assertThat(example.getStory()).isEqualTo("Đồng chí đã giúp đỡ đồng đội.\nViệc làm được đơn vị biểu dương.");
        GoodExample published = examples.publish(example.getId(), example.getVersion());
        assertThat(published.getStatus()).isEqualTo(GoodExampleStatus.PUBLISHED);
        assertThat(published.getPublishedAt()).isEqualTo(demo.today());
        assertThatThrownBy(() -> examples.publish(example.getId(), published.getVersion()))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "recognition.goodExample.error.alreadyPublished");
        GoodExample withdrawn = examples.withdraw(example.getId(), published.getVersion());
        assertThat(withdrawn.getStatus()).isEqualTo(GoodExampleStatus.WITHDRAWN);
        assertThatThrownBy(() -> examples.withdraw(example.getId(), withdrawn.getVersion()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'GoodExample' and entity_id = :id order by id")
                .param("id", example.getId()).query(String.class).list()).containsExactly("CREATE", "PUBLISH", "WITHDRAW");
    }

    @Test
    void aStoryIsAboutExactlyOneSubjectWithATitleATextAndAPastDate() {
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> examples.create(story(demo.today(), demo.personOf("dangvien"), demo.sampleCell(), "Hai đối tượng")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "recognition.error.exactlyOneSubject");
        assertThatThrownBy(() -> examples.create(story(demo.today(), null, null, "Không đối tượng")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> examples.create(story(demo.today(), null, demo.sampleCell(), "  ")))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("field", "title");
        GoodExampleInput future = story(demo.today(), null, demo.sampleCell(), "Ngày mai");
        future.setStoryDate(demo.today().plusDays(1));
        assertThatThrownBy(() -> examples.create(future))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "validation.date.notFuture");
        GoodExample cell = examples.create(story(demo.today(), null, demo.sampleCell(), "Chi bộ giúp dân gặt lúa"));
        assertThat(cell.getSubjectKind()).isEqualTo(SubjectType.ORGANIZATION);
        GoodExampleInput edit = GoodExampleInput.of(cell);
        edit.setTitle("Chi bộ giúp dân gặt lúa chạy bão");
        GoodExample edited = examples.update(cell.getId(), edit);
        assertThat(edited.getTitle()).isEqualTo("Chi bộ giúp dân gặt lúa chạy bão");
        assertThatThrownBy(() -> examples.update(cell.getId(), edit)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void writingIsForOfficersAndSecretariesInScopeAndReadingStaysInScope() {
        signIn("canbo");
        GoodExample outside = examples.create(story(demo.today(), null, demo.cellOutsideDivision(), "Dân quân xã giúp dân"));
        GoodExample inside = examples.create(story(demo.today(), demo.personOf("bithu"), null, "Bí thư gương mẫu"));
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> examples.get(outside.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> examples.create(story(demo.today(), null, demo.cellOutsideDivision(), "Ngoài phạm vi")))
                .isInstanceOf(NotFoundException.class);
        signIn("kiemtra");
        assertThat(examples.get(inside.getId()).getTitle()).isEqualTo("Bí thư gương mẫu");
        assertThatThrownBy(() -> examples.create(story(demo.today(), null, demo.sampleCell(), "Kiểm tra viết")))
                .isInstanceOf(ForbiddenException.class);
        signIn("dangvien");
        assertThatThrownBy(() -> examples.get(inside.getId())).as("a draft about someone else").isInstanceOf(NotFoundException.class);
        signIn("bithu");
        examples.publish(inside.getId(), inside.getVersion());
        signIn("dangvien");
        assertThat(examples.get(inside.getId()).getStatus()).as("published in his cell").isEqualTo(GoodExampleStatus.PUBLISHED);
        assertThatThrownBy(() -> examples.publish(inside.getId(), 1L)).isInstanceOf(ForbiddenException.class);
        assertThat(query.search(GoodExampleRegister.LIST, new GoodExampleRegister.Filter(null, null, null, null, null, null, 0)).rows())
                .allMatch(r -> r.status() == GoodExampleStatus.PUBLISHED || r.kind() == SubjectType.PERSON)
                .extracting(GoodExampleRegister.Row::id).contains(inside.getId()).doesNotContain(outside.getId());
    }

    @Test
    void theListFiltersByAccentFreeWordsKindStatusAndYearAndPages() {
        signIn("canbo.sudoan");
        for (int i = 0; i < 52; i++) {
            examples.create(story(demo.today(), null, demo.sampleCell(), "Gương sáng số " + i + " ở đơn vị"));
        }
        RegisterQuery.Page<GoodExampleRegister.Row> page = query.search(GoodExampleRegister.LIST, new GoodExampleRegister.Filter("guong sang so", SubjectType.ORGANIZATION,
                GoodExampleStatus.DRAFT, demo.today().getYear() - 1, demo.today().getYear(), demo.sampleCell(), 0));
        assertThat(page.total()).isEqualTo(52L);
        assertThat(page.rows()).hasSize(RegisterFilter.PAGE_SIZE);
        assertThat(page.pages()).isEqualTo(2);
        assertThat(query.search(GoodExampleRegister.LIST, new GoodExampleRegister.Filter("guong sang so", SubjectType.PERSON, null, null, null, null, 0)).total())
                .isZero();
        assertThat(query.search(GoodExampleRegister.LIST, new GoodExampleRegister.Filter("guong sang so", null, GoodExampleStatus.PUBLISHED, null, null, null, 0))
                .total()).isZero();
        assertThat(query.search(GoodExampleRegister.LIST, new GoodExampleRegister.Filter(null, null, GoodExampleStatus.PUBLISHED, null, null, null, 0)).total())
                .as("demo stories").isPositive();
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> query.search(GoodExampleRegister.LIST, new GoodExampleRegister.Filter(null, null, null, null, null, demo.cellOutsideDivision(), 0)))
                .isInstanceOf(NotFoundException.class);
    }
}
