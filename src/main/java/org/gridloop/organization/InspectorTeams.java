package org.gridloop.organization;

import java.util.List;
import java.util.Optional;

/**
 * The inspector (监督员) teams of the subdistricts.
 */
public interface InspectorTeams {

    /**
     * An inspector of the team patrolling the subdistrict, chosen to spread tasks evenly.
     *
     * @return the inspector's username, or empty when the subdistrict has no team
     */
    Optional<String> inspectorFor(String subdistrictCode);

    /** Whether the username belongs to an active inspector. */
    boolean isInspector(String username);

    /** The usernames of the active inspectors of the team patrolling the subdistrict, in order. */
    List<String> members(String subdistrictCode);

    /**
     * Whether the team patrolling the subdistrict is outsourced to a vendor (信息采集市场化)
     * rather than self-organized; {@code false} when the subdistrict has no team.
     */
    boolean outsourced(String subdistrictCode);
}
