package vn.chibo.recognition.internal;

/**
 * Hình thức kỷ luật. Members: khiển trách, cảnh cáo, cách chức, khai trừ; party organizations:
 * khiển trách, cảnh cáo, giải tán.
 */
public enum DisciplineMeasure {
    REPRIMAND(true, true),
    WARNING(true, true),
    DISMISSAL(true, false),
    EXPULSION(true, false),
    DISSOLUTION(false, true);

    private final boolean forPerson;
    private final boolean forOrganization;

    DisciplineMeasure(boolean forPerson, boolean forOrganization) {
        this.forPerson = forPerson;
        this.forOrganization = forOrganization;
    }

    public boolean appliesTo(SubjectType type) {
        return type == SubjectType.PERSON ? forPerson : forOrganization;
    }
}
