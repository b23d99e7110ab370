package org.entente.command.ledger;

import org.entente.ledger.NoteSigner;
import org.entente.ledger.NoteVerifier;
import org.entente.ledger.SignerKeyFile;
import org.springframework.stereotype.Component;

/**
 * The key that signs the ledger's checkpoints, a signed-note signer key in a file. When the file is missing (a
 * development machine's first run) a key is created there, named after the configured origin, readable by its
 * owner only; it lives beside the development JWT key, never in the repository. Its name is the checkpoints'
 * origin: the name of this installation's log.
 */
@Component
class LedgerSigningKey {

    private final NoteSigner signer;

    LedgerSigningKey(LedgerSettings settings) {
        this.signer = SignerKeyFile.loadOrCreate(settings.keyFile(), settings.origin());
    }

    NoteSigner signer() {
        return signer;
    }

    NoteVerifier verifier() {
        return signer.verifier();
    }

    String origin() {
        return signer.verifier().name();
    }
}
