package org.entente.command.ledger;

import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * C2SP tiles of the tree: a tile at level L holds up to 256 consecutive hashes of tree level 8L; an entry bundle
 * holds the same leaves' data, each prefixed with its length as a big-endian uint16. A full tile is served once
 * complete, a partial one of width W once the tree has those W hashes; a tile beyond the tree is not found.
 */
@Component
class Tiles {

    private final LedgerNodes nodes;

    Tiles(LedgerNodes nodes) {
        this.nodes = nodes;
    }

    byte[] of(TilePath path) {
        long size = nodes.size();
        ByteArrayOutputStream tile = new ByteArrayOutputStream(path.width() * 32);
        if (path.entries()) {
            List<LedgerNodes.LeafData> leaves = nodes.leaves(path.firstIndex(), path.width());
            requireWhole(path, leaves.size(), !leaves.isEmpty() && leaves.get(leaves.size() - 1).index() < size);
            for (LedgerNodes.LeafData leaf : leaves) {
                tile.write(leaf.data().length >> 8);
                tile.write(leaf.data().length);
                tile.writeBytes(leaf.data());
            }
        } else {
            List<byte[]> hashes = nodes.row(path.treeLevel(), path.firstIndex(), path.width());
            requireWhole(path, hashes.size(), !hashes.isEmpty());
            hashes.forEach(tile::writeBytes);
        }
        return tile.toByteArray();
    }

    private static void requireWhole(TilePath path, int found, boolean inTree) {
        if (found < path.width() || !inTree) {
            throw new LedgerNotFound("ledger.no-tile", "The log has no " + (path.width() == TilePath.FULL ? "full"
                    : "partial") + " tile " + path + " yet.");
        }
    }
}
