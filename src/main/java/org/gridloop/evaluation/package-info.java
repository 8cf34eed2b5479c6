/**
 * Evaluation (综合评价): the read model of cases and their steps that evaluation counts over,
 * kept up to date from the case events and recomputable from the timelines, the periods it
 * counts in, and the headline figures (领导看板指标) leaders read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package org.gridloop.evaluation;
