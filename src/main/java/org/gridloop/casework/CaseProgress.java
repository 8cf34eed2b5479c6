package org.gridloop.casework;

/**
 * The changing state of a case besides its status: who holds it, what is pending and the
 * counters the evaluation reads (dispatches, returns, rework).
 */
public final class CaseProgress {

    String department;
    String assignedInspector;
    boolean verified;
    boolean extensionPending;
    int extensionRequestedMinutes;
    int extensionGrantedMinutes;
    int dispatchCount;
    int returnCount;
    int reworkCount;
    String mergedInto;
    Urgency urgency;
    String condition;

    CaseProgress() {
    }

    CaseProgress copy() {
        CaseProgress copy = new CaseProgress();
        copy.department = department;
        copy.assignedInspector = assignedInspector;
        copy.verified = verified;
        copy.extensionPending = extensionPending;
        copy.extensionRequestedMinutes = extensionRequestedMinutes;
        copy.extensionGrantedMinutes = extensionGrantedMinutes;
        copy.dispatchCount = dispatchCount;
        copy.returnCount = returnCount;
        copy.reworkCount = reworkCount;
        copy.mergedInto = mergedInto;
        copy.urgency = urgency;
        copy.condition = condition;
        return copy;
    }

    public String department() {
        return department;
    }

    public String assignedInspector() {
        return assignedInspector;
    }

    public boolean verified() {
        return verified;
    }

    public boolean extensionPending() {
        return extensionPending;
    }

    /** Working minutes asked by the pending (or last) extension request. */
    public int extensionRequestedMinutes() {
        return extensionRequestedMinutes;
    }

    /** Working minutes granted by all extensions together. */
    public int extensionGrantedMinutes() {
        return extensionGrantedMinutes;
    }

    public int dispatchCount() {
        return dispatchCount;
    }

    public int returnCount() {
        return returnCount;
    }

    public int reworkCount() {
        return reworkCount;
    }

    /** The number of the case this one was merged into, if it is a duplicate. */
    public String mergedInto() {
        return mergedInto;
    }

    /** The urgency set at registration, {@code null} before. */
    public Urgency urgency() {
        return urgency;
    }

    /** The registration condition (立案条件) set at registration, {@code null} before. */
    public String condition() {
        return condition;
    }
}
