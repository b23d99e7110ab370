package org.entente.command.ledger;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import org.entente.ledger.MerkleLog;
import org.entente.platform.problem.BadRequest;
import org.entente.platform.problem.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The log: it reveals no partnership's content, only commitments to events, so what a witness or a monitor reads is
 * public ({@link PublicLedger}, and without a security requirement in the API's description). Checkpoints and the
 * key as text, C2SP tiles as bytes, RFC 9162 proofs and leaves as JSON with base64 hashes.
 */
@RestController
@RequestMapping("/ledger")
class LedgerController {

    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
    private static final int MAX_LEAVES = 1000;

    record Proof(long index, long size, List<String> hashes) {
    }

    record ConsistencyProof(long from, long to, List<String> hashes) {
    }

    record Leaf(long index, String data) {
    }

    record Leaves(List<Leaf> leaves) {
    }

    private final Checkpointer checkpointer;
    private final Checkpoints checkpoints;
    private final LedgerNodes nodes;
    private final LedgerSigningKey key;
    private final Tiles tiles;

    LedgerController(Checkpointer checkpointer, Checkpoints checkpoints, LedgerNodes nodes, LedgerSigningKey key,
                     Tiles tiles) {
        this.checkpointer = checkpointer;
        this.checkpoints = checkpoints;
        this.nodes = nodes;
        this.key = key;
        this.tiles = tiles;
    }

    @GetMapping("/checkpoint")
    @SecurityRequirements
    ResponseEntity<String> latest() {
        return text(checkpoints.latest().orElseGet(checkpointer::issueIfGrown).note(), Duration.ofSeconds(2));
    }

    /** On demand: a checkpoint of everything committed so far. */
    @PostMapping("/checkpoint")
    ResponseEntity<String> issue() {
        return text(checkpointer.issueIfGrown().note(), Duration.ZERO);
    }

    @GetMapping("/checkpoints")
    @SecurityRequirements
    ResponseEntity<String> ofSize(@RequestParam(required = false) Long size) {
        long wanted = required(size, "size");
        return text(checkpoints.ofSize(wanted).orElseThrow(() -> new LedgerNotFound("ledger.no-checkpoint",
                "No checkpoint was issued for a tree of " + wanted + " leaves.")).note(), Duration.ofDays(365));
    }

    @GetMapping("/key")
    @SecurityRequirements
    ResponseEntity<String> verifierKey() {
        return text(key.verifier().text() + "\n", Duration.ofHours(1));
    }

    @GetMapping("/tile/**")
    @SecurityRequirements
    ResponseEntity<byte[]> tile(HttpServletRequest request) {
        TilePath path = TilePath.parse(request.getRequestURI().substring(request.getContextPath().length()
                + "/ledger/tile/".length()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(tiles.of(path));
    }

    @GetMapping("/proof/inclusion")
    @SecurityRequirements
    Proof inclusion(@RequestParam(required = false) Long index, @RequestParam(required = false) Long size) {
        long leaf = required(index, "index");
        long tree = withinTree(required(size, "size"));
        if (leaf >= tree) {
            throw new BadRequest("ledger.out-of-range", "Leaf " + leaf + " is not in a tree of " + tree + " leaves.");
        }
        return new Proof(leaf, tree, base64(new MerkleLog(nodes).inclusionProof(leaf, tree)));
    }

    @GetMapping("/proof/consistency")
    @SecurityRequirements
    ConsistencyProof consistency(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
        long older = required(from, "from");
        long newer = withinTree(required(to, "to"));
        if (older < 1 || older > newer) {
            throw new BadRequest("ledger.out-of-range", "A consistency proof goes from a tree of at least one leaf "
                    + "to one at least as large: from " + older + " to " + newer + " is not.");
        }
        return new ConsistencyProof(older, newer, base64(new MerkleLog(nodes).consistencyProof(older, newer)));
    }

    @GetMapping("/leaves")
    Leaves leaves(@RequestParam(required = false) Long from, @RequestParam(required = false) Long count) {
        long first = required(from, "from");
        long wanted = required(count, "count");
        if (wanted < 1 || wanted > MAX_LEAVES) {
            throw new BadRequest("ledger.out-of-range", "count is between 1 and " + MAX_LEAVES + ".");
        }
        long size = nodes.size();
        return new Leaves(nodes.leaves(first, (int) wanted).stream().filter(leaf -> leaf.index() < size)
                .map(leaf -> new Leaf(leaf.index(), Base64.getEncoder().encodeToString(leaf.data()))).toList());
    }

    @ExceptionHandler(LedgerNotFound.class)
    ResponseEntity<ProblemDetail> notFound(LedgerNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_FOUND, e.code(), e.getMessage()));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.getMessage()));
    }

    private long withinTree(long size) {
        long tree = nodes.size();
        if (size > tree) {
            throw new BadRequest("ledger.out-of-range", "The log holds " + tree + " leaves; no tree of " + size
                    + " exists yet.");
        }
        return size;
    }

    private static long required(Long value, String name) {
        if (value == null || value < 0) {
            throw new BadRequest("ledger.missing-parameter", name + " is required, a whole number from 0.");
        }
        return value;
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    private static ResponseEntity<String> text(String body, Duration cache) {
        CacheControl control = cache.isZero() ? CacheControl.noStore() : CacheControl.maxAge(cache);
        return ResponseEntity.ok().contentType(TEXT).cacheControl(control).body(body);
    }
}
