package org.gridloop.organization.internal;

import java.util.Locale;
import java.util.Optional;

/** How an inspector team is run, as the API names it. */
final class TeamMode {

    private TeamMode() {
    }

    /** {@code self-organized} or {@code outsourced}. */
    static String apiName(TeamModel model) {
        return model.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<TeamModel> ofApiName(String name) {
        for (TeamModel model : TeamModel.values()) {
            if (apiName(model).equals(name)) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }
}
