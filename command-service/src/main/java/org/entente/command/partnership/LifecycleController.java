package org.entente.command.partnership;

import jakarta.validation.Valid;
import org.entente.command.partnership.Commands.AbandonNegotiation;
import org.entente.command.partnership.Commands.AcceptInvitation;
import org.entente.command.partnership.Commands.ApproveTerms;
import org.entente.command.partnership.Commands.DeclineInvitation;
import org.entente.command.partnership.Commands.DissolvePartnership;
import org.entente.command.partnership.Commands.FileFinancialReport;
import org.entente.command.partnership.Commands.GiveNoticeOfNonRenewal;
import org.entente.command.partnership.Commands.OpenAmendment;
import org.entente.command.partnership.Commands.ProposeTerms;
import org.entente.command.partnership.Commands.RecordEvaluation;
import org.entente.command.partnership.Commands.RejectTerms;
import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.command.partnership.Commands.WithdrawPartner;
import org.entente.command.partnership.LifecycleRequests.Approval;
import org.entente.command.partnership.LifecycleRequests.Dissolution;
import org.entente.command.partnership.LifecycleRequests.Evaluation;
import org.entente.command.partnership.LifecycleRequests.FinancialReport;
import org.entente.command.partnership.LifecycleRequests.NewTerms;
import org.entente.command.partnership.LifecycleRequests.Dated;
import org.entente.command.partnership.LifecycleRequests.Reasoned;
import org.entente.command.partnership.LifecycleRequests.Signature;
import org.entente.events.PartnershipEvent.EvaluationRecorded.Measurement;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every step of a partnership's life after its proposal. Each answers the new version as ETag; an
 * {@code If-Match} with the version the caller saw makes the step fail with 412 if anything happened since.
 */
@RestController
@RequestMapping("/partnerships/{id}")
class LifecycleController {

    private final CommandSender commands;

    LifecycleController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/acceptance")
    ResponseEntity<Accepted> accept(@PathVariable UUID id, @RequestBody(required = false) Dated body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        LocalDate effectiveDate = body == null ? null : body.effectiveDate();
        return commands.send(id, a -> new AcceptInvitation(id, a, effectiveDate, IfMatch.version(ifMatch)), caller,
                false);
    }

    @PostMapping("/declination")
    ResponseEntity<Accepted> decline(@PathVariable UUID id, @Valid @RequestBody Reasoned body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new DeclineInvitation(id, a, body.reason(), IfMatch.version(ifMatch)),
                caller, false);
    }

    @PostMapping("/terms")
    ResponseEntity<Accepted> propose(@PathVariable UUID id, @Valid @RequestBody NewTerms body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new ProposeTerms(id, a, body.baseVersion(), body.terms().toValue(),
                body.rationale(), body.effectiveDate(), IfMatch.version(ifMatch)), caller, false);
    }

    @PostMapping("/terms/{version}/approvals")
    ResponseEntity<Accepted> approve(@PathVariable UUID id, @PathVariable int version,
            @Valid @RequestBody Approval body, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            Authentication caller) {
        return commands.send(id, a -> new ApproveTerms(id, a, version, body.termsHash(), body.effectiveDate(),
                IfMatch.version(ifMatch)), caller, false);
    }

    @PostMapping("/terms/{version}/rejections")
    ResponseEntity<Accepted> reject(@PathVariable UUID id, @PathVariable int version,
            @Valid @RequestBody Reasoned body, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            Authentication caller) {
        return commands.send(id, a -> new RejectTerms(id, a, version, body.reason(), IfMatch.version(ifMatch)),
                caller, false);
    }

    @PostMapping("/signatures")
    ResponseEntity<Accepted> sign(@PathVariable UUID id, @Valid @RequestBody Signature body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new SignAgreement(id, a, body.termsHash(), body.capacity(),
                body.effectiveDate(), IfMatch.version(ifMatch)), caller, true);
    }

    @PostMapping("/evaluations")
    ResponseEntity<Accepted> evaluate(@PathVariable UUID id, @Valid @RequestBody Evaluation body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        List<Measurement> measurements = body.measurements() == null ? List.of() : body.measurements().stream()
                .map(m -> new Measurement(m.indicator(), m.value())).toList();
        return commands.send(id, a -> new RecordEvaluation(id, a, UUID.randomUUID(), body.periodStart(),
                body.periodEnd(), measurements, body.findings(), body.rating(),
                body.recommendations() == null ? List.of() : body.recommendations(), IfMatch.version(ifMatch)),
                caller, false);
    }

    @PostMapping("/amendments")
    ResponseEntity<Accepted> amend(@PathVariable UUID id, @Valid @RequestBody Reasoned body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new OpenAmendment(id, a, body.reason(), IfMatch.version(ifMatch)), caller,
                false);
    }

    @PostMapping("/withdrawals")
    ResponseEntity<Accepted> withdraw(@PathVariable UUID id, @Valid @RequestBody Reasoned body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new WithdrawPartner(id, a, body.reason(), IfMatch.version(ifMatch)), caller,
                false);
    }

    /** Before the notice deadline, a partner stops the tacit renewal: the partnership expires at its term's end. */
    @PostMapping("/notice-of-non-renewal")
    ResponseEntity<Accepted> giveNotice(@PathVariable UUID id, @Valid @RequestBody Reasoned body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new GiveNoticeOfNonRenewal(id, a, body.reason(), IfMatch.version(ifMatch)),
                caller, false);
    }

    /** A year's compte rendu financier, owed once the year ended; filed late, it still fulfils the obligation. */
    @PostMapping("/financial-reports")
    ResponseEntity<Accepted> fileFinancialReport(@PathVariable UUID id, @Valid @RequestBody FinancialReport body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new FileFinancialReport(id, a, body.periodEnd(), body.amount(), body.summary(),
                IfMatch.version(ifMatch)), caller, false);
    }

    @PostMapping("/dissolution")
    ResponseEntity<Accepted> dissolve(@PathVariable UUID id, @Valid @RequestBody Dissolution body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new DissolvePartnership(id, a, body.reason(), body.details(),
                body.effectiveDate(), IfMatch.version(ifMatch)), caller, false);
    }

    @PostMapping("/abandonment")
    ResponseEntity<Accepted> abandon(@PathVariable UUID id, @Valid @RequestBody Reasoned body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Authentication caller) {
        return commands.send(id, a -> new AbandonNegotiation(id, a, body.reason(), IfMatch.version(ifMatch)), caller,
                false);
    }
}
