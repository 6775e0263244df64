package vn.chibo.inspection.internal;

/** The resolved subject of an inspection or plan item, placed in the tree by its organization. */
public record Subject(SubjectType type, Long personId, Long subjectOrgId, long organizationId, String orgPath, String name) {
}
