package vn.chibo.emulation;

import vn.chibo.support.PostgresIntegrationTest;

/** Members' emulation on PostgreSQL: the V9 constraints, grouped counts and member pages behave like on H2. */
@PostgresIntegrationTest
class PostgresMemberEmulationTest extends MemberEmulationTest {
}
