package vn.chibo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The person page shows his whole Party life, each section from the module that records it and equal to its rows. */
@IntegrationTest
class PersonRecordTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberSeesHisClassificationEmulationAndMeetingsOnHisOwnRecord() throws Exception {
        long self = demo.personOf("dangvien");
        Map<String, PersonRecordSource.Section> sections = sections("dangvien", self);
        long entries = count("select count(*) from classification_entry where subject_kind = 'MEMBER' and subject_id = :p", self);
        assertThat(sections.get("person.record.classification").rows()).hasSize((int) entries);
        long registrations = count("select count(*) from registration where person_id = :p", self);
        assertThat(sections.get("person.record.emulation").rows()).hasSize((int) registrations);
        List<String> thisYear = sections.get("person.record.meetings").rows().get(0).cells();
        long invited = count("select count(*) from meeting_attendee a join meeting m on m.id = a.meeting_id where a.person_id = :p"
                + " and m.status in ('HELD', 'CLOSED') and extract(year from m.meeting_date) = " + demo.today().getYear(), self);
        assertThat(thisYear.get(0)).isEqualTo(String.valueOf(demo.today().getYear()));
        assertThat(thisYear.get(1)).isEqualTo(String.valueOf(invited));
        assertThat(sections.get("person.record.classification").rows())
                .allSatisfy(row -> assertThat(row.link()).startsWith("/classification/entries/"));
    }

    @Test
    void aMentorsRecordListsHisMenteesAndAnAwardedPersonsListsTheAward() throws Exception {
        long mentor = jdbc.sql("select mentor_person_id from mentoring_assignment order by id").query(Long.class).list().get(0);
        Map<String, PersonRecordSource.Section> sections = sections("canbo", mentor);
        long assignments = count("select count(*) from mentoring_assignment where mentor_person_id = :p or mentee_person_id = :p", mentor);
        assertThat(sections.get("person.record.mentoring").rows()).hasSize((int) assignments);
        long awarded = jdbc.sql("select person_id from award_record where person_id is not null order by id").query(Long.class).list().get(0);
        long rows = count("select count(*) from award_record where person_id = :p", awarded)
                + count("select count(*) from discipline_record where person_id = :p", awarded);
        assertThat(sections("canbo", awarded).get("person.record.recognition").rows()).hasSize((int) rows);
    }

    @Test
    void theRecordPageReadsInVietnameseWithItsSections() throws Exception {
        String html = mvc.perform(get("/people/" + demo.personOf("dangvien")).with(user(demo.user("dangvien"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Quá trình hoạt động", "Xếp loại chất lượng theo năm", "Sinh hoạt chi bộ", "Khen thưởng, kỷ luật");
    }

    @Test
    void anotherDivisionsPersonRecordIsNotFound() throws Exception {
        int status = mvc.perform(get("/people/" + demo.massIn(demo.cellOutsideDivision())).with(user(demo.user("canbo.sudoan"))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private Map<String, PersonRecordSource.Section> sections(String account, long person) throws Exception {
        MvcResult result = mvc.perform(get("/people/" + person).with(user(demo.user(account)))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        List<PersonRecordSource.Section> sections = (List<PersonRecordSource.Section>) result.getModelAndView().getModel().get("recordSections");
        return sections.stream().collect(java.util.stream.Collectors.toMap(PersonRecordSource.Section::titleKey, s -> s));
    }

    private long count(String sql, long person) {
        return Optional.ofNullable(jdbc.sql(sql).param("p", person).query(Long.class).single()).orElse(0L);
    }
}
