package vn.chibo.inspection.internal;

/**
 * NOTED: a strength, nothing to remediate. OPEN: remediation being planned or carried out.
 * HANDLED: the subject reports it remedied, awaiting the inspector's verification. CLOSED: every
 * action verified effective.
 */
public enum FindingStatus {
    NOTED, OPEN, HANDLED, CLOSED
}
