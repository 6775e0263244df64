-- Issue 11 split the evaluation module into rules, emulation and classification. Event publications
-- not yet completed name their event by class: point them to the classes' new packages so the
-- registry can still resubmit them after an upgrade.
UPDATE event_publication SET event_type = REPLACE(event_type, 'vn.chibo.evaluation.', 'vn.chibo.emulation.')
WHERE event_type IN ('vn.chibo.evaluation.EvaluationDecided', 'vn.chibo.evaluation.EvaluationReturned');
