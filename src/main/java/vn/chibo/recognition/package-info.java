/**
 * Khen thưởng, kỷ luật, gương người tốt việc tốt: the award and discipline registers of party
 * organizations and members, bulk entry of one award decision listing many recipients, and the
 * short stories of good examples published for publicising. The discipline register supplies the
 * facts of the annual classification (an individual disciplined in the year, a disciplined
 * leadership, the share of disciplined subordinate organizations) through
 * {@link vn.chibo.rules.IndicatorSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition")
package vn.chibo.recognition;
