package vn.chibo.recognition.internal;

import vn.chibo.shared.text.VietnameseText;

/**
 * The resolved subject of a record: a person or an organization, with the organization that places
 * the record in the tree (the person's own organization, or the organization itself).
 */
public record Subject(SubjectType type, Long personId, Long subjectOrgId, long organizationId, String orgPath, String name) {

    public String searchKey() {
        return VietnameseText.searchKey(name);
    }

    public String sortKey() {
        return type == SubjectType.PERSON ? VietnameseText.personSortKey(name) : VietnameseText.nameSortKey(name);
    }

    /** The id of the person or of the organization, whichever it is. */
    public long subjectId() {
        return type == SubjectType.PERSON ? personId : subjectOrgId;
    }
}
