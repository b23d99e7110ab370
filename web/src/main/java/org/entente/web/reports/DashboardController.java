package org.entente.web.reports;

import org.entente.web.api.QueryService;
import org.entente.web.api.Summary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The summary report as charts: statuses, types, territories, time to activation, evaluation ratings. */
@Controller
class DashboardController {

    private final QueryService query;

    DashboardController(QueryService query) {
        this.query = query;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        Summary summary = query.summary();
        model.addAttribute("summary", summary);
        model.addAttribute("charts", List.of(
                BarChart.of("chart.status", summary.byStatus(), count -> "status." + count.key(), true,
                        Summary.Count::partnerships),
                BarChart.of("chart.type", summary.byType(), count -> "type." + count.key(), true,
                        Summary.Count::partnerships),
                BarChart.of("chart.territory", summary.byTerritory(), Summary.Count::key, false,
                        Summary.Count::partnerships)));
        model.addAttribute("ratings", BarChart.of("chart.ratings", summary.evaluationRatings(),
                rating -> rating.territory(), false, Summary.Rating::averageRating));
        return "dashboard";
    }
}
