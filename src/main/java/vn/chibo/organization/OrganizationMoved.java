package vn.chibo.organization;

/** An organization (with its subtree) moved under another parent: every path starting with {@code oldPath} now starts with {@code newPath}. */
public record OrganizationMoved(long organizationId, String oldPath, String newPath) {
}
