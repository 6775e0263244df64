package vn.chibo.organization;

/** Groups organizations that are compared with one another (khối): standing force, commune military... */
public enum OrganizationCategory {
    /** Lực lượng thường trực. */
    STANDING_FORCE,
    /** Quân sự cấp xã. */
    COMMUNE_MILITARY,
    /** Cơ quan. */
    AGENCY,
    /** Doanh nghiệp, nhà trường, bệnh viện... */
    ENTERPRISE,
    OTHER
}
