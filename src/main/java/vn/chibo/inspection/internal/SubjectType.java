package vn.chibo.inspection.internal;

/** Đối tượng kiểm tra: a party member or a party organization. */
public enum SubjectType {
    PERSON, ORGANIZATION
}
