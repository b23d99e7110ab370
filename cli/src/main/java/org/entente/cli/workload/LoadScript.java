package org.entente.cli.workload;

import org.entente.devstack.DevSigningKey;
import org.entente.devstack.TokenClaims;

import java.time.Duration;
import java.util.List;

/**
 * One partnership's life under load (the battery's, the benchmark's), a command at a time, as the Val de Fensch seed's three institutions
 * would live it: proposed by the CAF, accepted by the other two, its terms approved and signed by all three;
 * then evaluated three times and amended (new terms, approved and signed again), eight times over; evaluated
 * again, and dissolved. {@value #LENGTH} commands in all.
 */
public final class LoadScript {

    static final int CYCLES = 8;
    private static final int CYCLE = 11;
    public static final int LENGTH = 9 + CYCLES * CYCLE + 3 + 1;

    /** One command to send: as whom, where, what. */
    public record Step(String token, String path, String body) {
    }

    /** The three people of the seed, a token each for the battery's length. */
    public record People(String lead, String operator, String funder) {

        public static People of(DevSigningKey key) {
            Duration ttl = Duration.ofHours(3);
            return new People(
                    key.mint(TokenClaims.of("karim-benali", "Karim Benali", "caf-57",
                            List.of("partner", "signatory")), ttl),
                    key.mint(TokenClaims.of("julie-weber", "Julie Weber", "ca-val-de-fensch",
                            List.of("partner", "signatory")), ttl),
                    key.mint(TokenClaims.of("marc-thil", "Marc Thil", "cd-moselle",
                            List.of("partner", "signatory")), ttl));
        }

        String[] all() {
            return new String[]{lead, operator, funder};
        }
    }

    private final int number;
    private final People people;
    private final LoadTerms terms;
    // Read by the faults' thread too (R6 picks a partnership under way).
    private volatile String id;
    private volatile int done;

    public LoadScript(int number, People people, LoadTerms terms) {
        this.number = number;
        this.people = people;
        this.terms = terms;
    }

    public boolean finished() {
        return done == LENGTH;
    }

    public String partnershipId() {
        return id;
    }

    /** The next command; it may read the terms hash from the query side the first time a version is signed. */
    public Step next() throws InterruptedException {
        if (done == 0) {
            return new Step(people.lead(), "/partnerships", terms.proposal(number));
        }
        if (done < 9) {
            return opening(done);
        }
        int inTail = done - 9 - CYCLES * CYCLE;
        if (inTail >= 0) {
            return inTail < 3 ? evaluation() : new Step(people.lead(), path("/dissolution"),
                    "{\"reason\":\"MUTUAL_AGREEMENT\",\"details\":\"End of the fault battery\"}");
        }
        return amendment((done - 9) / CYCLE + 1, (done - 9) % CYCLE);
    }

    /** One more evaluation of the partnership, once it is in force: how the benchmark gives it a long history. */
    public Step anotherEvaluation() {
        return evaluation();
    }

    /** The command was accepted: on to the next one. */
    public void accepted(String partnershipId) {
        if (id == null) {
            id = partnershipId;
        }
        done++;
    }

    /**
     * Gives up the rest of its life (a step was refused); answers how many commands that leaves unsent, this one
     * included.
     */
    int abandon() {
        int left = LENGTH - done;
        done = LENGTH;
        return left;
    }

    private Step opening(int step) throws InterruptedException {
        if (step <= 2) {
            return new Step(people.all()[step], path("/acceptance"), "{}");
        }
        String hash = terms.hash(false, id, 1);
        return step <= 5 ? approval(people.all()[step - 3], 1, hash) : signature(people.all()[step - 6], hash);
    }

    private Step amendment(int cycle, int step) throws InterruptedException {
        if (step < 3) {
            return evaluation();
        }
        if (step == 3) {
            return new Step(people.lead(), path("/amendments"), "{\"reason\":\"Amendment " + cycle + "\"}");
        }
        if (step == 4) {
            return new Step(people.lead(), path("/terms"), terms.termsProposal(cycle));
        }
        String hash = terms.hash(LoadTerms.amendedIn(cycle), id, cycle + 1);
        return step <= 7 ? approval(people.all()[step - 5], cycle + 1, hash) : signature(people.all()[step - 8], hash);
    }

    private Step evaluation() {
        int year = 1990 + done % 30;
        return new Step(people.operator(), path("/evaluations"), "{\"periodStart\":\"" + year + "-01-01\","
                + "\"periodEnd\":\"" + year + "-12-31\",\"measurements\":[{\"indicator\":\"places d'accueil\","
                + "\"value\":" + (400 + done) + "}],\"findings\":\"Evaluation " + done + " of the fault battery\","
                + "\"rating\":3,\"recommendations\":[\"Keep going\"]}");
    }

    private Step approval(String token, int version, String hash) {
        return new Step(token, path("/terms/" + version + "/approvals"), "{\"termsHash\":\"" + hash + "\"}");
    }

    private Step signature(String token, String hash) {
        return new Step(token, path("/signatures"), "{\"termsHash\":\"" + hash + "\",\"capacity\":\"Signataire\"}");
    }

    private String path(String suffix) {
        return "/partnerships/" + id + suffix;
    }
}
