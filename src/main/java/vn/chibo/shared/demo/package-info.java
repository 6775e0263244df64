/**
 * The contract through which each module contributes its part of the demo data (issue 11): a module implements
 * {@link vn.chibo.shared.demo.DemoContributor} in its own {@code demo} sub-package, so that its demo travels with its
 * tables and its tests; the demo module only finds the contributors, orders them by what each
 * {@linkplain vn.chibo.shared.demo.DemoContributor#requires() requires}, runs them in one transaction and creates the
 * demo accounts. Contributors share a {@link vn.chibo.shared.demo.DemoContext}: the JDBC access, the seed, the size, the
 * clock and the anchors earlier contributors provided ({@link vn.chibo.shared.demo.DemoAnchors}). In the kernel, so
 * that a module depends on no other module (nor on the demo module) to contribute.
 */
package vn.chibo.shared.demo;
