/**
 * Tổ chức đảng: the tree of party organizations (đảng bộ cấp trên cơ sở, đảng bộ cơ sở, đảng bộ bộ
 * phận, chi bộ, tổ đảng), the unit each leads, and their history (rename, move, merge, split,
 * dissolve — never deleted). Public API: {@link vn.chibo.organization.OrganizationDirectory} and the
 * events it publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package vn.chibo.organization;
