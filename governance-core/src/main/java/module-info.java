/** The grid governance domain: organisation, case loop, deadlines and accountability. */
module org.gridgov.core {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static org.immutables.value;

  exports org.gridgov.core;
  exports org.gridgov.core.accountability;
  exports org.gridgov.core.accountability.compliance;
  exports org.gridgov.core.accountability.patrol;
  exports org.gridgov.core.accountability.points;
  exports org.gridgov.core.accountability.scorecard;
  exports org.gridgov.core.calendar;
  exports org.gridgov.core.cases;
  exports org.gridgov.core.category;
  exports org.gridgov.core.duty;
  exports org.gridgov.core.evaluation;
  exports org.gridgov.core.org;
  exports org.gridgov.core.people;
}
