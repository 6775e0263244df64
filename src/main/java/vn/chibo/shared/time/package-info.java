/** Today and now, from one injected {@link java.time.Clock} in Vietnam's time zone, so that tests can fix the date. */
package vn.chibo.shared.time;
