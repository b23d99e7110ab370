package org.entente.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, then signature lines
 * {@code — <key name> base64(key id ‖ signature)}. Its text is to be trusted only once {@link #open} has verified a
 * signature of the expected key: signatures of unknown keys are ignored, a known key's bad signature rejects the
 * note, and a note without a good signature of the known key is rejected.
 */
public record SignedNote(String text, List<Signature> signatures) {

    /** One signature line: who signed (name and key id) and the signature's bytes. */
    public record Signature(String name, int keyId, byte[] signature) {
    }

    private static final String DASH = "\u2014 ";
    private static final int MAX_SIGNATURES = 100;

    public static String sign(String text, NoteSigner signer) {
        requireText(text);
        byte[] signature = signer.sign(text.getBytes(StandardCharsets.UTF_8));
        byte[] line = ByteBuffer.allocate(4 + signature.length).putInt(signer.verifier().keyId()).put(signature)
                .array();
        return text + "\n" + DASH + signer.verifier().name() + " " + Base64.getEncoder().encodeToString(line) + "\n";
    }

    public static SignedNote parse(String note) throws LedgerCheckFailed {
        if (note.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new LedgerCheckFailed("a signed note holds no control character but newlines");
        }
        int blank = note.lastIndexOf("\n\n");
        if (blank < 0 || !note.endsWith("\n")) {
            throw new LedgerCheckFailed("not a signed note: no blank line before its signatures");
        }
        String text = note.substring(0, blank + 1);
        List<Signature> signatures = new ArrayList<>();
        for (String line : note.substring(blank + 2).split("\n")) {
            signatures.add(signature(line));
            if (signatures.size() > MAX_SIGNATURES) {
                throw new LedgerCheckFailed("more than " + MAX_SIGNATURES + " signatures");
            }
        }
        return new SignedNote(text, List.copyOf(signatures));
    }

    /** The text, once the signature of {@code key} on it is verified. */
    public String open(NoteVerifier key) throws LedgerCheckFailed {
        boolean verified = false;
        for (Signature signature : signatures) {
            if (signature.name().equals(key.name()) && signature.keyId() == key.keyId()) {
                if (!key.verifies(text.getBytes(StandardCharsets.UTF_8), signature.signature())) {
                    throw new LedgerCheckFailed("the signature of " + key.name() + " (key " + key.keyIdHex()
                            + ") does not verify: the note was altered or forged");
                }
                verified = true;
            }
        }
        if (!verified) {
            throw new LedgerCheckFailed("the note carries no signature of " + key.name() + " (key "
                    + key.keyIdHex() + ")");
        }
        return text;
    }

    private static Signature signature(String line) throws LedgerCheckFailed {
        if (!line.startsWith(DASH)) {
            throw new LedgerCheckFailed("a signature line begins with an em dash and a space: " + line);
        }
        int space = line.indexOf(' ', DASH.length());
        if (space < 0) {
            throw new LedgerCheckFailed("a signature line names its key, then gives the signature: " + line);
        }
        String name = line.substring(DASH.length(), space);
        byte[] decoded = Base64Strict.decode(line.substring(space + 1), "a signature");
        if (decoded.length < 5 || name.isEmpty() || name.contains("+")) {
            throw new LedgerCheckFailed("a signature line is malformed: " + line);
        }
        ByteBuffer bytes = ByteBuffer.wrap(decoded);
        int keyId = bytes.getInt();
        byte[] signature = new byte[decoded.length - 4];
        bytes.get(signature);
        return new Signature(name, keyId, signature);
    }

    private static void requireText(String text) {
        if (!text.endsWith("\n") || text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException("a note's text ends in a newline and holds no other control "
                    + "character");
        }
    }
}
