/** The mark of read-only work (boards, reports) that may be served by a streaming replica of the database. */
package vn.chibo.shared.replica;
