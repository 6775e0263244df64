/**
 * Đảng viên và quần chúng: one person record for members and masses, with party status and its
 * history, leadership roles (bí thư, phó bí thư, cấp ủy viên...), and membership history
 * (chuyển sinh hoạt, sinh hoạt tạm thời). Public API: {@link vn.chibo.people.PersonDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package vn.chibo.people;
