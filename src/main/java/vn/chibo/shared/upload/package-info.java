/** Checks every uploaded file gets: size, allowed kind verified by content, safe name. */
package vn.chibo.shared.upload;
