package vn.chibo.recognition.internal;

/** Who a decision or a story is about: exactly one of a person (cá nhân) or a party organization (tập thể). */
public enum SubjectType {
    PERSON,
    ORGANIZATION
}
