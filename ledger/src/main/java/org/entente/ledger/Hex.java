package org.entente.ledger;

import java.util.HexFormat;

/** Lower-case hexadecimal, as chain hashes and leaf data are written in JSON and in CloudEvents extensions. */
public final class Hex {

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static byte[] parse(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
