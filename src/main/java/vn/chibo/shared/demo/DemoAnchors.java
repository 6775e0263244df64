package vn.chibo.shared.demo;

import java.util.Map;

/**
 * The anchors contributors hand on to later ones and to the demo accounts: ids of organizations and people that the
 * demo accounts, the pilots and the worked examples are built around.
 */
public final class DemoAnchors {

    /** The region's top committee (Đảng bộ Quân khu 10): the officer's and the administrator's scope. */
    public static final DemoKey<Long> REGION = DemoKey.named("region");
    /** The first division: the division officer's and the inspector's scope. */
    public static final DemoKey<Long> DIVISION = DemoKey.named("division");
    /** Chi bộ Đại đội 1 of the first regiment: the demo secretary's and member's cell. */
    public static final DemoKey<Long> SAMPLE_CELL = DemoKey.named("sampleCell");
    /** The sample cell's secretary (person id): account {@code bithu}. */
    public static final DemoKey<Long> SECRETARY_OF_SAMPLE_CELL = DemoKey.named("secretaryOfSampleCell");
    /** The sample cell's last member (person id): account {@code dangvien}. */
    public static final DemoKey<Long> MEMBER_OF_SAMPLE_CELL = DemoKey.named("memberOfSampleCell");
    /** An officer of the region's organization department (person id): account {@code canbo}. */
    public static final DemoKey<Long> OFFICER_OF_REGION = DemoKey.named("officerOfRegion");
    /** An officer of the division (person id): account {@code canbo.sudoan}. */
    public static final DemoKey<Long> OFFICER_OF_DIVISION = DemoKey.named("officerOfDivision");
    /** The division committee's inspection commission member (person id): account {@code kiemtra}. */
    public static final DemoKey<Long> INSPECTOR_OF_DIVISION = DemoKey.named("inspectorOfDivision");
    /** The person behind account {@code admin}. */
    public static final DemoKey<Long> ADMINISTRATOR_PERSON = DemoKey.named("administratorPerson");
    /** Who mentored whom (mentee's person id to mentor's), for the development pipeline's records. */
    public static final DemoKey<Map<Long, Long>> MENTOR_OF = DemoKey.named("mentorOf");

    private DemoAnchors() {
    }
}
