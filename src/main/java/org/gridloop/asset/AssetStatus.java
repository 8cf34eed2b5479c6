package org.gridloop.asset;

/** The state of an asset in the register (GB/T 47678.5). */
public enum AssetStatus {
    /** 完好 */
    INTACT,
    /** 损坏 */
    DAMAGED,
    /** 丢失 */
    LOST,
    /** 废弃 */
    ABANDONED,
    /** 移除: no longer in the field; kept in the register for its history. */
    REMOVED
}
