package vn.chibo.people;

/** Leadership roles held in a party organization. */
public enum PartyPosition {
    /** Bí thư. */
    SECRETARY,
    /** Phó bí thư. */
    DEPUTY_SECRETARY,
    /** Ủy viên ban thường vụ. */
    STANDING_COMMITTEE,
    /** Cấp ủy viên / chi ủy viên. */
    COMMITTEE_MEMBER,
    /** Ủy viên ủy ban kiểm tra. */
    INSPECTION_COMMISSION
}
