package org.gridloop.casework;

/**
 * The traffic light (亮灯) of a clock: how much of its time limit is used.
 */
public enum Light {
    /** 绿灯: below the yellow threshold (80 % of the limit by default). */
    GREEN,
    /** 黄灯: due soon, between the yellow and the red threshold. */
    YELLOW,
    /** 红灯: beyond the red threshold (100 % by default): overdue. */
    RED
}
