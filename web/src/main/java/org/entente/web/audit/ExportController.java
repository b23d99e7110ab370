package org.entente.web.audit;

import org.entente.web.api.PortfolioFilter;
import org.entente.web.api.PortfolioPage;
import org.entente.web.api.QueryService;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Downloads: one partnership's audit trail as the query side exports it (CSV or JSON Lines, every event with all
 * its metadata), or the partnerships of a filtered list, one row each.
 */
@RestController
class ExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");
    /** A list export stops here; a larger one is for the query side's API directly. */
    private static final int MAX_ROWS = 10_000;

    private final QueryService query;
    private final MessageSource messages;

    ExportController(QueryService query, MessageSource messages) {
        this.query = query;
        this.messages = messages;
    }

    @GetMapping("/audit/partnerships/{id}/export.{format}")
    ResponseEntity<byte[]> partnership(@PathVariable UUID id, @PathVariable String format, Locale locale) {
        MediaType type = type(format);
        String erased = messages.getMessage("personal.erased", null, locale);
        return download(query.export(id, type, erased), type, "partnership-" + id + "." + format);
    }

    /** The evidence package, as the query side issued it, to check offline with ./entente verify. */
    @GetMapping("/audit/partnerships/{id}/evidence.zip")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id) {
        return download(query.evidence(id), MediaType.parseMediaType("application/zip"),
                "partnership-" + id + "-evidence.zip");
    }

    @GetMapping("/audit/export.{format}")
    ResponseEntity<byte[]> list(@PathVariable String format, @ModelAttribute PortfolioFilter filter) {
        MediaType type = type(format);
        List<PortfolioPage.Item> items = new ArrayList<>();
        for (int page = 0; items.size() < MAX_ROWS; page++) {
            PortfolioPage found = query.portfolio(filter.withPage(page).withSize(100));
            items.addAll(found.items());
            if (found.items().isEmpty() || page + 1 >= found.pages()) {
                break;
            }
        }
        byte[] body = type.equals(CSV) ? ListExport.csv(items) : ListExport.jsonLines(items);
        return download(body, type, "partnerships." + format);
    }

    private static MediaType type(String format) {
        return switch (format) {
            case "csv" -> CSV;
            case "jsonl" -> JSON_LINES;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
