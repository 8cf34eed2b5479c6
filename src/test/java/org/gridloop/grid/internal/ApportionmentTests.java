package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ApportionmentTests {

    @Test
    void sharesInProportionGivingRemaindersToTheLargestFractions() {
        assertThat(Apportionment.shares(new double[] {1, 1, 1}, 10, 0, 10)).containsExactly(4, 3, 3);
        assertThat(Apportionment.shares(new double[] {5, 3, 2}, 7, 0, 10)).containsExactly(4, 2, 1);
    }

    @Test
    void keepsEveryShareWithinItsBoundsAndTheTotalExact() {
        int[] shares = Apportionment.shares(new double[] {100, 1, 1, 1}, 200, 2, 99);

        assertThat(shares).containsExactly(99, 34, 34, 33);
        assertThat(Arrays.stream(shares).sum()).isEqualTo(200);
    }

    @Test
    void raisesTinyPartsToTheMinimum() {
        assertThat(Apportionment.shares(new double[] {1000, 1}, 20, 4, 99)).containsExactly(16, 4);
    }

    @Test
    void refusesATotalTheBoundsCannotReach() {
        assertThatIllegalArgumentException().isThrownBy(() -> Apportionment.shares(new double[] {1, 1}, 200, 1, 99));
        assertThatIllegalArgumentException().isThrownBy(() -> Apportionment.shares(new double[] {1, 1}, 1, 1, 99));
    }
}
