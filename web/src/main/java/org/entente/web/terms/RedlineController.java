package org.entente.web.terms;

import org.entente.web.api.Partnership;
import org.entente.web.api.QueryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;
import java.util.stream.IntStream;

/** Two versions of the terms side by side, clause by clause, from the query side's diff. */
@Controller
class RedlineController {

    private final QueryService query;

    RedlineController(QueryService query) {
        this.query = query;
    }

    @GetMapping("/partnerships/{id}/redline")
    String redline(@PathVariable UUID id, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, Model model) {
        Partnership partnership = query.partnership(id);
        int last = partnership.terms() == null ? 1 : partnership.terms().version();
        int right = to == null ? last : to;
        int left = from == null ? Math.max(1, right - 1) : from;
        model.addAttribute("p", partnership);
        model.addAttribute("versions", IntStream.rangeClosed(1, last).boxed().toList());
        model.addAttribute("from", left);
        model.addAttribute("to", right);
        model.addAttribute("diff", query.diff(id, left, right));
        return "redline";
    }
}
