package org.gridloop;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks beans that exist only in the embedded demo mode, such as the generators of the demo
 * district and the demo accounts (password {@code demo}). An installation on an external
 * PostgreSQL never gets them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DemoDistrictCondition.class)
public @interface ConditionalOnDemoDistrict {
}
