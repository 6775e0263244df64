/**
 * Sinh hoạt chi bộ: meetings of a cell or committee (regular monthly, thematic, extraordinary, committee),
 * invitations from the organization's members at the meeting date plus guests (the superior committee member
 * assigned to attend), attendance, materials posted in time, members' contributions, the resolution's action
 * items carried over until done, and a quality score from a versioned rubric (Hướng dẫn 12-HD/BTCTW 2018,
 * 42-HD/BTCTW 2025). Publishes indicator values to the evaluation module through
 * {@link vn.chibo.rules.IndicatorSource} beans; {@link vn.chibo.meeting.MeetingScoring} lets bulk loaders
 * (the demo) have the meetings they wrote scored. Tells secretaries and members what to do next through
 * {@link vn.chibo.todo.TodoSource} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package vn.chibo.meeting;
