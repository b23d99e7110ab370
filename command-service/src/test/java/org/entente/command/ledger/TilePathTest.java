package org.entente.command.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.entente.platform.problem.BadRequest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, requirement 3: tile paths as c2sp.org/tlog-tiles writes them. {@link #path} is the grammar's reference
 * encoder: N in zero-padded 3-digit elements, all but the last prefixed with {@code x}, as few as N needs; a partial
 * tile's width after {@code .p/}. Every tile has exactly that one path.
 */
class TilePathTest {

    @Property(tries = 2000)
    void everyTile_isReadBackFromItsPath(@ForAll boolean entries, @ForAll @IntRange(max = 63) int level,
                                         @ForAll @LongRange(max = TilePath.LARGEST_INDEX) long index,
                                         @ForAll @IntRange(min = 1, max = TilePath.FULL) int width) {
        TilePath tile = new TilePath(entries, entries ? 0 : level, index, width);

        assertThat(TilePath.parse(path(tile))).isEqualTo(tile);
        assertThat(TilePath.parse(path(tile)).firstIndex()).isEqualTo(index * TilePath.FULL);
    }

    @Property(tries = 5000)
    void whateverIsAccepted_isTheOnePathOfItsTile(@ForAll("pathLike") String candidate) {
        TilePath tile;
        try {
            tile = TilePath.parse(candidate);
        } catch (BadRequest | LedgerNotFound refused) {
            return;
        }
        assertThat(path(tile)).isEqualTo(candidate);
    }

    @Property(tries = 500)
    void aLeadingZeroElement_isRefused(@ForAll @LongRange(max = TilePath.LARGEST_INDEX) long index) {
        String minimal = path(new TilePath(false, 0, index, TilePath.FULL));

        assertThatThrownBy(() -> TilePath.parse("0/x000/" + minimal.substring(2))).isInstanceOf(BadRequest.class);
    }

    @Property(tries = 500)
    void anIndexPastTheLargestTree_isNotFound_neverAnotherTile(
            @ForAll @LongRange(min = TilePath.LARGEST_INDEX + 1, max = 999_999_999_999_999_999L) long index) {
        assertThatThrownBy(() -> TilePath.parse(path(new TilePath(false, 0, index, TilePath.FULL))))
                .isInstanceOf(LedgerNotFound.class);
    }

    @Example
    void theIssuesCases_2To56_andANonMinimalPath_areRefused() {
        // 2^56 × 256 wraps around to 0: it served tile 0, with a year's immutable cache header.
        assertThatThrownBy(() -> TilePath.parse("0/x072/x057/x594/x037/x927/936")).isInstanceOf(LedgerNotFound.class);
        assertThatThrownBy(() -> TilePath.parse("0/x000/001")).isInstanceOf(BadRequest.class);
        assertThat(TilePath.parse("0/x001/x234/067").index()).isEqualTo(1_234_067);
    }

    /** Pieces of paths, right and wrong, joined at random. */
    @Provide
    Arbitrary<String> pathLike() {
        return Arbitraries.of("0/", "1/", "63/", "64/", "01/", "entries/", "x000/", "x001/", "x999/", "x12/", "000",
                        "001", "067", "999", "1234", ".p/", ".p/1", ".p/255", ".p/256", ".p/0", ".p/07", "/", "x")
                .list().ofMinSize(1).ofMaxSize(7).map(pieces -> String.join("", pieces));
    }

    /** The reference encoder of c2sp.org/tlog-tiles. */
    private static String path(TilePath tile) {
        List<String> elements = new ArrayList<>();
        long n = tile.index();
        do {
            elements.add(0, String.format("%03d", n % 1000));
            n /= 1000;
        } while (n > 0);
        StringBuilder path = new StringBuilder(tile.entries() ? "entries" : Integer.toString(tile.level()));
        for (int i = 0; i < elements.size(); i++) {
            path.append(i < elements.size() - 1 ? "/x" : "/").append(elements.get(i));
        }
        return tile.width() == TilePath.FULL ? path.toString() : path + ".p/" + tile.width();
    }
}
