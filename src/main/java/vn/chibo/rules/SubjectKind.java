package vn.chibo.rules;

/** What a rulebook judges. */
public enum SubjectKind {
    /** Chi bộ. */
    CELL,
    /** Đảng bộ (cơ sở, bộ phận, cấp trên cơ sở). */
    COMMITTEE,
    /** Đảng viên. */
    MEMBER,
    /** Đơn vị (the unit an organization leads). */
    UNIT,
    /** Any party organization (annual classification of collectives). */
    ORGANIZATION,
    /** Party organizations and their members (annual classification rulebooks). */
    ORGANIZATIONS_AND_MEMBERS
}
