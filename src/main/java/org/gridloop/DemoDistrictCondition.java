package org.gridloop;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches in the embedded demo mode: no external datasource and {@code gridloop.demo.enabled}
 * not switched off.
 */
class DemoDistrictCondition extends EmbeddedDatabaseCondition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return super.matches(context, metadata)
                && context.getEnvironment().getProperty("gridloop.demo.enabled", Boolean.class, true);
    }
}
