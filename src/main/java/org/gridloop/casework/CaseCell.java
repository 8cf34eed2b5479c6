package org.gridloop.casework;

/**
 * The open cases of one cell of the command map at a low zoom: how many, where they lie on
 * average and how their stage clocks stand.
 *
 * @param untimed the cases without a stage clock
 */
public record CaseCell(double latitude, double longitude, long count, long red, long yellow, long green,
        long untimed) {
}
