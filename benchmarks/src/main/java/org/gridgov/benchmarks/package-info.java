/** JMH benchmarks; results and commands are recorded in docs/BENCHMARKS.md. */
package org.gridgov.benchmarks;
