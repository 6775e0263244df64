package vn.chibo.shared.web;

import java.util.List;

/** A rule violation made of several problems, all reported at once. */
public interface ProblemList {

    List<Problem> problems();
}
