package vn.chibo.shared.web;

import java.util.List;

/** A rule violation made of several problems, each a message key and the code it concerns. */
public interface ProblemList {

    List<String[]> problems();
}
