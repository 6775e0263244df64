-- Vendor file, twin of the same version in db/migration/postgresql, where a PL/pgSQL trigger journals an assignment's
-- change also where its mentor's awards and its mentee's admissions are. On H2 the journal's Java trigger on the
-- assignments (statistics.internal.FigureChangeTrigger) does it; no statement is needed.
SELECT 1;
