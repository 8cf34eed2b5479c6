package org.gridloop.catalog;

/** Whether a category is an asset class (部件) or an incident type (事件). */
public enum CategoryKind {
    /** 部件: a physical asset class, e.g. a manhole cover. */
    ASSET,
    /** 事件/事项: an incident type, e.g. exposed garbage. */
    INCIDENT
}
