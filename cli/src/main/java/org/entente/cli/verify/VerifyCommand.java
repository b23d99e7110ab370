package org.entente.cli.verify;

import org.entente.ledger.EvidenceVerifier;
import org.entente.ledger.LedgerCheckFailed;
import org.entente.ledger.NoteVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code ./entente verify FILE}: checks a partnership's evidence package entirely offline — the checkpoint's
 * signature, the chain, every inclusion proof, and the consistency with an older checkpoint the auditor kept —
 * and exits non-zero naming the first thing that does not hold. Needs nothing but the file (and the key).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a partnership's evidence package offline: checkpoint signature, hash chain, "
                + "inclusion proofs, consistency with an older checkpoint.")
public final class VerifyCommand implements Callable<Integer> {

    private static final int LARGEST_ENTRY = 256 * 1024 * 1024;

    @Parameters(paramLabel = "FILE", description = "The package (GET /audit/partnerships/{id}/evidence)")
    Path file;

    @Option(names = "--key", paramLabel = "VKEY", description = "The verifier key you trust (<name>+<id>+<key>, "
            + "or a file holding it); without it, the package's own key.txt, which proves only that it is whole")
    String key;

    @Option(names = "--older", paramLabel = "CHECKPOINT", description = "A file with an older checkpoint you kept")
    Path older;

    @Option(names = "--head", paramLabel = "HASH", description = "The partnership's head chain hash as its "
            + "parties see it: shows that no event was cut off the end")
    String head;

    @Override
    public Integer call() {
        Map<String, byte[]> entries;
        try {
            entries = read(file);
        } catch (IOException e) {
            System.err.println(file + " cannot be read as an evidence package: " + e.getMessage());
            return 2;
        }
        try {
            NoteVerifier trusted = key == null ? null : NoteVerifier.parse(keyText(key));
            EvidenceVerifier.Report report = EvidenceVerifier.verify(entries, trusted,
                    older == null ? null : Files.readString(older), head);
            print(report);
            return 0;
        } catch (LedgerCheckFailed failed) {
            System.out.println("FAILED: " + failed.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("Cannot read " + older + ": " + e.getMessage());
            return 2;
        }
    }

    private void print(EvidenceVerifier.Report report) {
        System.out.printf("OK  checkpoint of %d leaves of %s, signed by key %s%s%n", report.checkpoint().size(),
                report.checkpoint().origin(), report.key().keyIdHex(),
                key == null ? " (the package's own key: pass --key to check who signed it)" : "");
        System.out.printf("OK  the chain of %d events, from the genesis%s%n", report.events(),
                head == null ? " (pass --head to check that none was cut off the end)" : ", to the head you gave");
        System.out.printf("OK  %d inclusion proofs in that checkpoint%n", report.events());
        if (report.older() != null) {
            System.out.printf("OK  consistent with your older checkpoint of %d leaves%n", report.older().size());
        }
        EvidenceVerifier.Disclosed disclosed = report.disclosed();
        if (disclosed != null) {
            System.out.printf("OK  %d personal values opened, each against its commitment%n", disclosed.opened());
            if (!disclosed.unopened().isEmpty()) {
                // Not a failure: every proof above holds without them.
                System.out.printf("--  %d personal values could not be opened (erased, or not yours to read):%n",
                        disclosed.unopened().size());
                disclosed.unopened().forEach(field -> System.out.println("      " + field));
            }
        }
    }

    private static String keyText(String key) throws IOException {
        Path path = Path.of(key);
        return Files.isRegularFile(path) ? Files.readString(path).strip() : key;
    }

    private static Map<String, byte[]> read(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getSize() > LARGEST_ENTRY) {
                    throw new IOException(entry.getName() + " is larger than any package Entente writes");
                }
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }
}
