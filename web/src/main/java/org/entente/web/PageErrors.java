package org.entente.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.entente.web.api.Refusal;
import org.entente.web.api.Unreachable;
import org.entente.web.signin.SignedIn;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page that cannot be shown says why in the person's language. Another institution's partnership is "not
 * found", exactly like a missing one; an expired token sends the person to sign in again.
 */
@ControllerAdvice
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final SignedIn signedIn;
    private final boolean development;

    PageErrors(SignedIn signedIn, @Value("${entente.oidc.issuer:}") String issuer) {
        this.signedIn = signedIn;
        this.development = issuer.isBlank();
    }

    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (refusal.isUnauthenticated()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return "redirect:/signin?expired";
        }
        return error(refusal.status(), refusal.messageKey(), response, model);
    }

    @ExceptionHandler(Unreachable.class)
    String unreachable(Unreachable e, HttpServletResponse response, Model model) {
        log.warn("{}", e.getMessage(), e.getCause());
        return error(503, "error.unreachable", response, model);
    }

    @ExceptionHandler({ResponseStatusException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response, Model model) {
        return error(404, "refusal.not-found", response, model);
    }

    /** An exception handler's model has none of the advice's attributes: the layout's are added here. */
    private String error(int status, String messageKey, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("me", signedIn.personOrNull());
        model.addAttribute("development", development);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", messageKey);
        return "error";
    }
}
