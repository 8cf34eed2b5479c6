package org.gridloop.timing.internal;

import org.gridloop.casework.CaseEvent.CaseUrged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns a dispatcher's or leader's urge (督办) on a case into an urge notice. */
@Component
class ManualUrges {

    private final UrgeNoticeStore notices;

    ManualUrges(UrgeNoticeStore notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(CaseUrged urged) {
        notices.addManual(urged.number(), urged.department(), urged.subdistrictCode(), urged.note(), urged.by(),
                urged.at());
    }
}
