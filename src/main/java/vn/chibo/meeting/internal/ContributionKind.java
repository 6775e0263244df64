package vn.chibo.meeting.internal;

/** Hiến kế, góp ý: an opinion, a proposal, criticism or self-criticism, a question. */
public enum ContributionKind {
    OPINION, PROPOSAL, CRITICISM, QUESTION
}
