package org.entente.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Known answers: our hashing, roots and proofs are those of the reference implementation, transparency-dev/merkle
 * (RFC 6962 test data; see src/test/resources/transparency-dev/SOURCE.md), and our verifier gives its answer on
 * every one of its published inclusion and consistency cases, the invalid ones included.
 */
class MerkleVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** testonly.LeafInputs(). */
    private static final String[] LEAF_INPUTS = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    /** testonly.RootHashes(), for the trees of 1 to 8 of those leaves. */
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void leafAndNodeHashes_areDomainSeparated_asTheReferenceComputesThem() {
        assertThat(hex(MerkleHashes.leaf(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(hex(MerkleHashes.node(MerkleHashes.leaf(new byte[0]), MerkleHashes.leaf(new byte[]{0}))))
                .isEqualTo("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hex(MerkleHashes.EMPTY_ROOT))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // A leaf whose data is two hashes is not the node of those hashes.
        byte[] a = MerkleHashes.leaf(new byte[0]);
        byte[] b = MerkleHashes.leaf(new byte[]{0});
        byte[] both = new byte[64];
        System.arraycopy(a, 0, both, 0, 32);
        System.arraycopy(b, 0, both, 32, 32);
        assertThat(MerkleHashes.leaf(both)).isNotEqualTo(MerkleHashes.node(a, b));
    }

    @Test
    void theRootOfEveryPrefix_isTheReferenceRoot() {
        InMemoryTree tree = referenceTree();
        assertThat(tree.log().root(0)).isEqualTo(MerkleHashes.EMPTY_ROOT);
        for (int size = 1; size <= 8; size++) {
            assertThat(hex(tree.log().root(size))).as("root of %d leaves", size).isEqualTo(ROOTS[size - 1]);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPublishedInclusionCase_getsTheReferenceAnswer() throws Exception {
        return cases("inclusion").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            JsonNode c = JSON.readTree(file.toFile());
            var verification = assertThatCode(() -> Proofs.verifyInclusion(c.get("leafIdx").asLong(),
                    c.get("treeSize").asLong(), bytes(c.get("leafHash")), hashes(c.get("proof")), bytes(c.get("root"))));
            if (c.get("wantErr").asBoolean()) {
                verification.isInstanceOf(LedgerCheckFailed.class);
            } else {
                verification.doesNotThrowAnyException();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPublishedConsistencyCase_getsTheReferenceAnswer() throws Exception {
        return cases("consistency").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            JsonNode c = JSON.readTree(file.toFile());
            var verification = assertThatCode(() -> Proofs.verifyConsistency(c.get("size1").asLong(),
                    c.get("size2").asLong(), bytes(c.get("root1")), bytes(c.get("root2")), hashes(c.get("proof"))));
            if (c.get("wantErr").asBoolean()) {
                verification.isInstanceOf(LedgerCheckFailed.class);
            } else {
                verification.doesNotThrowAnyException();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theProofsWeMake_areThePublishedOnes() throws Exception {
        InMemoryTree tree = referenceTree();
        Stream<DynamicTest> inclusion = cases("inclusion").filter(f -> name(f).endsWith("happy-path.json"))
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    JsonNode c = JSON.readTree(file.toFile());
                    assertThat(base64(tree.log().inclusionProof(c.get("leafIdx").asLong(), c.get("treeSize")
                            .asLong()))).isEqualTo(texts(c.get("proof")));
                }));
        Stream<DynamicTest> consistency = cases("consistency").filter(f -> name(f).endsWith("happy-path.json"))
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    JsonNode c = JSON.readTree(file.toFile());
                    assertThat(base64(tree.log().consistencyProof(c.get("size1").asLong(), c.get("size2")
                            .asLong()))).isEqualTo(texts(c.get("proof")));
                }));
        return Stream.concat(inclusion, consistency);
    }

    /** The tree size and its root come together from one checkpoint; a proof for another tree never passes. */
    @Test
    void aProofIsRefused_againstTheCheckpointOfAnyOtherTreeSize() {
        InMemoryTree tree = referenceTree();
        List<byte[]> proof = tree.log().inclusionProof(2, 5);
        byte[] leaf = tree.node(0, 2);
        for (long size = 3; size <= 8; size++) {
            long other = size;
            var check = assertThatCode(() -> Proofs.verifyInclusion(2, other, leaf, proof, tree.log().root(other)));
            if (size == 5) {
                check.doesNotThrowAnyException();
            } else {
                check.isInstanceOf(LedgerCheckFailed.class);
            }
        }
    }

    @Test
    void aDuplicatedLastLeaf_isNotTheTreeWithoutIt() {
        // Bitcoin's Merkle trees duplicate an odd last node, so two different lists share a root; RFC 9162's do not.
        InMemoryTree three = referenceTree(3);
        InMemoryTree four = referenceTree(3);
        four.append(three.node(0, 2));
        assertThat(four.log().root(4)).isNotEqualTo(three.log().root(3));
        assertThatThrownBy(() -> Proofs.verifyInclusion(3, 3, three.node(0, 2), four.log().inclusionProof(3, 4),
                three.log().root(3))).isInstanceOf(LedgerCheckFailed.class);
    }

    static InMemoryTree referenceTree() {
        return referenceTree(LEAF_INPUTS.length);
    }

    static InMemoryTree referenceTree(int leaves) {
        InMemoryTree tree = new InMemoryTree();
        for (int i = 0; i < leaves; i++) {
            tree.append(MerkleHashes.leaf(HexFormat.of().parseHex(LEAF_INPUTS[i])));
        }
        return tree;
    }

    private static Stream<Path> cases(String kind) throws IOException, URISyntaxException {
        Path root = Path.of(MerkleVectorsTest.class.getResource("/transparency-dev/testdata/" + kind).toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertThat(files).as("the published %s cases", kind).hasSizeGreaterThan(50);
        return files.stream();
    }

    private static String name(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    private static byte[] bytes(JsonNode base64) {
        return base64 == null || base64.isNull() ? new byte[0] : Base64.getDecoder().decode(base64.asText());
    }

    private static List<byte[]> hashes(JsonNode proof) {
        List<byte[]> hashes = new ArrayList<>();
        if (proof != null) {
            proof.forEach(hash -> hashes.add(bytes(hash)));
        }
        return hashes;
    }

    private static List<String> texts(JsonNode proof) {
        List<String> texts = new ArrayList<>();
        if (proof != null) {
            proof.forEach(hash -> texts.add(hash.asText()));
        }
        return texts;
    }

    private static List<String> base64(List<byte[]> proof) {
        return proof.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
