package org.entente.command.ledger;

import org.entente.platform.problem.BadRequest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A C2SP tlog-tiles path after {@code /ledger/tile/}: {@code <L>/<N>[.p/<W>]} for hashes, {@code entries/<N>[.p/<W>]}
 * for entry bundles. N is written in 3-digit elements, all but the last prefixed with {@code x}
 * ({@code x001/x234/067} is 1234067) in as few elements as N needs (never a leading {@code x000}, which Go's
 * parser refuses too, so that no tile has two paths); L is 0 to 63 and W 1 to 255, without leading zeros. Anything
 * else is refused; an N whose first entry or hash would lie past the largest tree a {@code long} counts is not found.
 */
record TilePath(boolean entries, int level, long index, int width) {

    static final int FULL = 256;
    /** The largest N whose first index, N × 256, a {@code long} holds: beyond it, the product would wrap around. */
    static final long LARGEST_INDEX = Long.MAX_VALUE / FULL;
    private static final Pattern PATH = Pattern.compile(
            "(entries|0|[1-9][0-9]?)/((?:x[0-9]{3}/)*)([0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

    static TilePath parse(String path) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            throw bad(path);
        }
        int level = matcher.group(1).equals("entries") ? 0 : Integer.parseInt(matcher.group(1));
        int width = matcher.group(4) == null ? FULL : Integer.parseInt(matcher.group(4));
        String digits = matcher.group(2).replace("x", "").replace("/", "") + matcher.group(3);
        if (level > 63 || width > 255 && matcher.group(4) != null || digits.length() > 18
                || matcher.group(2).startsWith("x000/")) {
            throw bad(path);
        }
        long index = Long.parseLong(digits);
        if (index > LARGEST_INDEX) {
            throw new LedgerNotFound("ledger.no-tile", "The log has no tile " + path + ": it would begin past the "
                    + "largest tree the log can hold.");
        }
        return new TilePath(matcher.group(1).equals("entries"), level, index, width);
    }

    /** The tree level its hashes are at, and the index of its first hash there. */
    int treeLevel() {
        return 8 * level;
    }

    long firstIndex() {
        return Math.multiplyExact(index, (long) FULL);
    }

    private static BadRequest bad(String path) {
        return new BadRequest("ledger.bad-tile-path", "'" + path + "' is not a tile path: <L>/<N>[.p/<W>] or "
                + "entries/<N>[.p/<W>], N in 3-digit elements, all but the last prefixed with x (c2sp.org/tlog-tiles)");
    }
}
