package org.entente.command.partnership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.platform.security.Caller;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Authorization before anything else: a caller whose roles can never send a command (an auditor, a reporter) is
 * refused with 403 before its body is even read, whatever that body holds — not told first that it is malformed.
 * Signing needs the signatory role, every other command the partner role, exactly as {@link CommandSender} checks
 * again when it sends; which partnership the caller may act on is the decision's to check, later.
 */
@Configuration
class RolesFirst implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && isCommand(method)) {
                    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                    CommandSender.requireRole(Caller.of(authentication),
                            request.getRequestURI().endsWith("/signatures") ? "signatory" : "partner");
                }
                return true;
            }
        });
    }

    private static boolean isCommand(HandlerMethod method) {
        Class<?> controller = method.getBeanType();
        return controller == LifecycleController.class || controller == PartnershipCommandController.class;
    }
}
