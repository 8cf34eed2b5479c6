package org.gridloop;

/**
 * The order in which the modules generate the demo district at first start. Each module's
 * seeder is an {@code ApplicationRunner} annotated with {@code @Order} using one of these and
 * does nothing when its data is already there.
 */
public final class DemoSeedOrder {

    public static final int IDENTITY = 10;
    public static final int GRID = 20;
    public static final int ORGANIZATION = 40;
    public static final int DISPATCH = 50;
    /** Work grids, after the inspector teams they are assigned to. */
    public static final int WORK_GRIDS = 45;
    public static final int ASSET = 60;
    public static final int GEOCODING = 70;
    /** A quarter of case history, last: it needs the whole district ({@code gridloop.demo.history}). */
    public static final int CASE_HISTORY = 90;

    private DemoSeedOrder() {
    }
}
