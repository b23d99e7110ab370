package org.entente.ledger;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP tlog-checkpoint: the note text {@code <origin>\n<tree size>\n<base64 root hash>\n}, then optional
 * extension lines. The origin names the log (here, the installation); the size is decimal without leading zeros.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    public Checkpoint {
        extensions = List.copyOf(extensions);
        rootHash = rootHash.clone();
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    public String text() {
        StringBuilder text = new StringBuilder(origin).append('\n').append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    public static Checkpoint parse(String text) throws LedgerCheckFailed {
        if (!text.endsWith("\n")) {
            throw new LedgerCheckFailed("a checkpoint ends with a newline");
        }
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 3 || lines.get(0).isEmpty()) {
            throw new LedgerCheckFailed("a checkpoint has an origin, a tree size and a root hash, a line each");
        }
        if (!lines.get(1).matches("0|[1-9][0-9]{0,18}")) {
            throw new LedgerCheckFailed("a checkpoint's size is a decimal number: " + lines.get(1));
        }
        byte[] root = Base64Strict.decode(lines.get(2), "a checkpoint's root hash");
        if (root.length != Sha256.LENGTH) {
            throw new LedgerCheckFailed("a checkpoint's root hash has 32 bytes, not " + root.length);
        }
        List<String> extensions = lines.subList(3, lines.size());
        if (extensions.stream().anyMatch(String::isEmpty)) {
            throw new LedgerCheckFailed("a checkpoint has no empty line");
        }
        return new Checkpoint(lines.get(0), size(lines.get(1)), root, extensions);
    }

    /** A tree size no log could reach (past 2^63 − 1 leaves) is refused, as any other malformed line is. */
    private static long size(String line) throws LedgerCheckFailed {
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new LedgerCheckFailed("a checkpoint's size is past the largest tree a log holds: " + line);
        }
    }

    /** Verifies the signed note with the key, then reads the checkpoint it holds. */
    public static Checkpoint open(String signedNote, NoteVerifier key) throws LedgerCheckFailed {
        return parse(SignedNote.parse(signedNote).open(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * origin.hashCode() + Long.hashCode(size)) + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return text();
    }
}
